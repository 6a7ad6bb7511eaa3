/**
 * Light Markdown for notes, parsed to a tiny tree that React renders as elements: bold, italic,
 * inline code, bullet and numbered lists, and links shown as text (never followed). No HTML is
 * ever produced or interpreted, so a note cannot inject anything.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; url: string }

export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; ordered: boolean; items: Inline[][] }

const BULLET = /^\s*[-*•]\s+(.*)$/u
const NUMBERED = /^\s*[0-9۰-۹]+[.)]\s+(.*)$/u
const INLINE = /`([^`\n]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(?![\s*])(.+?)\*|_(?![\s_])(.+?)_|\[([^\]\n]+)\]\(([^)\s]+)\)/gu

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: Inline[][] | null = null
  let list: Extract<Block, { kind: 'list' }> | null = null
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line)
    const numbered = bullet ? null : NUMBERED.exec(line)
    const item = bullet ?? numbered
    if (item) {
      paragraph = null
      const ordered = numbered !== null
      if (!list || list.ordered !== ordered) {
        list = { kind: 'list', ordered, items: [] }
        blocks.push(list)
      }
      list.items.push(parseInline(item[1] ?? ''))
    } else if (line.trim() === '') {
      paragraph = null
      list = null
    } else {
      list = null
      if (!paragraph) {
        paragraph = []
        blocks.push({ kind: 'paragraph', lines: paragraph })
      }
      paragraph.push(parseInline(line))
    }
  }
  return blocks
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    const at = m.index
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) })
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] })
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ kind: 'strong', children: parseInline(m[2] ?? m[3] ?? '') })
    else if (m[4] !== undefined || m[5] !== undefined) out.push({ kind: 'em', children: parseInline(m[4] ?? m[5] ?? '') })
    else out.push({ kind: 'link', text: m[6] ?? '', url: m[7] ?? '' })
    last = at + m[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

/** The note as plain text (for search and one-line previews): the markup characters dropped. */
export function plainTextOf(source: string): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : n.kind === 'link' ? `${n.text} (${n.url})` : inline(n.children))).join('')
  return parseMarkdown(source)
    .map((b) => (b.kind === 'paragraph' ? b.lines.map(inline).join('\n') : b.items.map(inline).join('\n')))
    .join('\n')
}
