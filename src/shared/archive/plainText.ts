import type { ArchiveItem, Block } from './schema'

type TextParts = Pick<ArchiveItem, 'title' | 'lead' | 'body'> & { display?: ArchiveItem['display'] }

/**
 * The article as plain text (for export, copying, summarising): title, lead and blocks separated
 * by blank lines, each quote's attribution on the line after it. Original text unless
 * `useDisplay` is set and the item has a display copy.
 */
export function articlePlainText(item: TextParts, options: { useDisplay?: boolean } = {}): string {
  const source = options.useDisplay && item.display ? item.display : item
  return [source.title, source.lead, ...source.body.map(blockPlainText)]
    .filter((part): part is string => part !== undefined)
    .join('\n\n')
}

/**
 * A block as plain lines: a list item per line («• » or «۱. »), a table row per line with « | »
 * between cells after its caption, a figure as its caption (or its alt text in brackets).
 */
export function blockPlainText(block: Block): string {
  switch (block.kind) {
    case 'quote':
      return block.attribution ? `${block.text}\n— ${block.attribution}` : block.text
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${item.text}`).join('\n')
    case 'table':
      return [...(block.caption ? [block.caption] : []), ...block.rows.map((row) => row.join(' | '))].join('\n')
    case 'figure':
      return block.caption ?? (block.alt ? `[${block.alt}]` : '')
    default:
      return block.text
  }
}

/** Every run of the block's own words (paragraph, items, cells, captions), for word counts and checks. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'quote':
      return block.attribution ? [block.text, block.attribution] : [block.text]
    case 'list':
      return block.items.map((item) => item.text)
    case 'table':
      return [...(block.caption ? [block.caption] : []), ...block.rows.flat().filter((cell) => cell !== '')]
    case 'figure':
      return [...(block.alt ? [block.alt] : []), ...(block.caption ? [block.caption] : [])]
    default:
      return [block.text]
  }
}

/** The block's words as one string (runs joined by line breaks). */
export function blockText(block: Block): string {
  return blockTexts(block).join('\n')
}

/** The block with every run of its text passed through `f` (links and structure unchanged). */
export function mapBlockText(block: Block, f: (text: string) => string): Block {
  switch (block.kind) {
    case 'quote':
      return block.attribution !== undefined ? { ...block, text: f(block.text), attribution: f(block.attribution) } : { ...block, text: f(block.text) }
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: f(item.text) })) }
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => (cell === '' ? cell : f(cell)))), ...(block.caption !== undefined ? { caption: f(block.caption) } : {}) }
    case 'figure':
      return { ...block, ...(block.alt !== undefined ? { alt: f(block.alt) } : {}), ...(block.caption !== undefined ? { caption: f(block.caption) } : {}) }
    default:
      return { ...block, text: f(block.text) }
  }
}
