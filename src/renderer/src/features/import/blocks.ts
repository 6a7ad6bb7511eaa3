// Sanitised article markup to the archive's block model (paragraphs, headings, quotes): only text
// survives, so no markup, link or style from an imported page ever reaches the reader.
// DOM-agnostic (nodeType, nodeName, childNodes, textContent), walked without recursion.
import { PACK_LIMITS } from '../../../../shared/archive/limits'
import type { Block } from '../../../../shared/archive/schema'

export interface MinimalNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<MinimalNode>
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const LEAF_BLOCKS = new Set(['P', 'LI', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION'])
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BODY', 'HTML', '#DOCUMENT-FRAGMENT', 'DETAILS', 'SUMMARY'])

export function blocksFromNode(root: MinimalNode, title?: string): Block[] {
  const blocks: Block[] = []
  let pending = ''
  const flush = (): void => {
    push(blocks, 'paragraph', pending)
    pending = ''
  }
  // A work list of nodes and "end of container" markers, so inline runs split at block edges.
  const work: (MinimalNode | 'flush')[] = [root]
  while (work.length > 0) {
    const node = work.pop() as MinimalNode | 'flush'
    if (node === 'flush') {
      flush()
      continue
    }
    const name = node.nodeName.toUpperCase()
    if (node.nodeType === 3) {
      pending += node.textContent ?? ''
    } else if (node.nodeType === 1 || node.nodeType === 11 || node.nodeType === 9) {
      if (HEADINGS.has(name)) {
        flush()
        push(blocks, 'heading', node.textContent ?? '')
      } else if (name === 'BLOCKQUOTE') {
        flush()
        push(blocks, 'quote', node.textContent ?? '')
      } else if (LEAF_BLOCKS.has(name)) {
        flush()
        push(blocks, 'paragraph', node.textContent ?? '')
      } else if (name === 'BR') {
        pending += '\n'
      } else if (CONTAINERS.has(name)) {
        flush()
        work.push('flush')
        const children = Array.from(node.childNodes)
        for (let i = children.length - 1; i >= 0; i--) work.push(children[i] as MinimalNode)
      } else {
        pending += node.textContent ?? ''
      }
    }
  }
  flush()
  // Readability usually keeps the page's own title as the first heading.
  const first = blocks[0]
  if (first && title && first.kind === 'heading' && clean(first.text) === clean(title)) blocks.shift()
  // Cut to the limit by the caller (fitBody), which says so in the report.
  return blocks
}

function push(blocks: Block[], kind: Block['kind'], raw: string): void {
  const text = clean(raw)
  if (!text) return
  if (kind === 'heading' && text.length > PACK_LIMITS.titleChars) kind = 'paragraph'
  const max = PACK_LIMITS.blockChars
  for (let start = 0; start < text.length; start += max) {
    const part = text.slice(start, start + max)
    blocks.push(kind === 'quote' ? { kind, text: part } : { kind, text: part })
  }
}

function clean(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
