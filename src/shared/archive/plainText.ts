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

export function blockPlainText(block: Block): string {
  return block.kind === 'quote' && block.attribution ? `${block.text}\n— ${block.attribution}` : block.text
}
