// Sanitised article markup to the archive's block model: paragraphs, headings, quotes, lists,
// simple tables and figures, with http(s) links kept as character ranges of their text. No markup
// or style from an imported page reaches the reader: only text, ranges and checked picture names.
// DOM-agnostic (nodeType, nodeName, childNodes, textContent, getAttribute), walked without recursion.
import { imageHashOf } from '../../../../shared/archive/images'
import { PACK_LIMITS as L } from '../../../../shared/archive/limits'
import type { Block, Link, Run } from '../../../../shared/archive/schema'
import { hasVisibleText } from '../../../../shared/text/controls'

export interface MinimalNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<MinimalNode>
  getAttribute?(name: string): string | null
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const LEAF_BLOCKS = new Set(['P', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'LI'])
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'DL', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BODY', 'HTML', '#DOCUMENT-FRAGMENT', 'DETAILS', 'SUMMARY', 'FIGURE'])
/** Inside a run of text these start a new line (a paragraph inside a quote, a list inside a cell). */
const BREAKS_LINE = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'PRE', 'BLOCKQUOTE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'SECTION', 'ARTICLE'])

const nameOf = (node: MinimalNode): string => node.nodeName.toUpperCase()
const isElement = (node: MinimalNode): boolean => node.nodeType === 1
const childrenOf = (node: MinimalNode): MinimalNode[] => Array.from(node.childNodes)
const elementChildren = (node: MinimalNode, ...names: string[]): MinimalNode[] =>
  childrenOf(node).filter((c) => isElement(c) && names.includes(nameOf(c)))

export function blocksFromNode(root: MinimalNode, title?: string): Block[] {
  const blocks: Block[] = []
  let pending = new RunBuilder()
  const flush = (): void => {
    pushRun(blocks, 'paragraph', pending)
    pending = new RunBuilder()
  }
  // A work list of nodes and "end of container" markers, so inline runs split at block edges.
  const work: (MinimalNode | 'flush')[] = [root]
  while (work.length > 0) {
    const node = work.pop() as MinimalNode | 'flush'
    if (node === 'flush') {
      flush()
      continue
    }
    const name = nameOf(node)
    if (node.nodeType === 3) {
      pending.text(node.textContent ?? '')
    } else if (node.nodeType === 1 || node.nodeType === 11 || node.nodeType === 9) {
      if (HEADINGS.has(name)) {
        flush()
        pushHeading(blocks, node.textContent ?? '')
      } else if (name === 'BLOCKQUOTE') {
        flush()
        pushRun(blocks, 'quote', new RunBuilder().inline(node))
      } else if (name === 'UL' || name === 'OL') {
        flush()
        pushList(blocks, node)
      } else if (name === 'TABLE') {
        flush()
        pushTable(blocks, node)
      } else if (name === 'FIGURE' && hasImage(node)) {
        flush()
        pushFigure(blocks, node)
      } else if (name === 'IMG') {
        flush()
        pushImage(blocks, node, undefined)
      } else if (LEAF_BLOCKS.has(name)) {
        flush()
        pushRun(blocks, 'paragraph', new RunBuilder().inline(node))
      } else if (name === 'BR') {
        pending.text('\n')
      } else if (CONTAINERS.has(name)) {
        flush()
        work.push('flush')
        const children = childrenOf(node)
        for (let i = children.length - 1; i >= 0; i--) work.push(children[i] as MinimalNode)
      } else {
        pending.inline(node)
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

/**
 * Text with the links over it, as the walk meets it. Pictures met inside a paragraph are kept
 * aside and become figures after it (an image in the middle of a sentence has nowhere else to go).
 */
class RunBuilder {
  private chars: string[] = []
  private linkIds: number[] = []
  readonly hrefs: string[] = []
  readonly images: MinimalNode[] = []

  text(text: string, link = -1): this {
    for (const c of text) {
      this.chars.push(c)
      this.linkIds.push(link)
    }
    return this
  }

  /** Appends a node's inline content, iteratively; nested blocks become line breaks. */
  inline(root: MinimalNode, skip: (node: MinimalNode) => boolean = () => false): this {
    const work: ({ node: MinimalNode; link: number } | { end: string })[] = [{ node: root, link: -1 }]
    while (work.length > 0) {
      const item = work.pop() as { node: MinimalNode; link: number } | { end: string }
      if ('end' in item) {
        this.text('\n')
        continue
      }
      const { node } = item
      if (node.nodeType === 3) {
        this.text(node.textContent ?? '', item.link)
        continue
      }
      if (!isElement(node) && node !== root) continue
      const name = nameOf(node)
      if (node !== root && skip(node)) continue
      if (name === 'IMG') {
        this.images.push(node)
        continue
      }
      if (name === 'BR') {
        this.text('\n')
        continue
      }
      let link = item.link
      if (name === 'A' && link < 0) {
        const href = webHref(node.getAttribute?.('href'))
        if (href) {
          this.hrefs.push(href)
          link = this.hrefs.length - 1
        }
      }
      const breaks = node !== root && BREAKS_LINE.has(name)
      if (breaks) {
        this.text('\n')
        work.push({ end: name })
      }
      const children = childrenOf(node)
      for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i] as MinimalNode, link })
    }
    return this
  }

  /**
   * The cleaned text (each line's white space collapsed and trimmed, empty lines dropped, as
   * imports always did) with each link's range mapped through the cleaning.
   */
  build(): Run | null {
    const out: string[] = []
    const outLinks: number[] = []
    let lineStart = 0
    const endLine = (): void => {
      while (out.length > lineStart && out[out.length - 1] === ' ') {
        out.pop()
        outLinks.pop()
      }
      if (out.length === lineStart) return
      out.push('\n')
      outLinks.push(-1)
      lineStart = out.length
    }
    let space = false
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i] as string
      const link = this.linkIds[i] as number
      if (c === '\n') {
        space = false
        endLine()
      } else if (/[\s\u00a0]/.test(c)) {
        space = out.length > lineStart
      } else {
        if (space) {
          const before = outLinks[outLinks.length - 1]
          out.push(' ')
          outLinks.push(before === link ? link : -1)
          space = false
        }
        out.push(c)
        outLinks.push(link)
      }
    }
    endLine()
    if (out[out.length - 1] === '\n') {
      out.pop()
      outLinks.pop()
    }
    const text = out.join('')
    if (!hasVisibleText(text)) return null
    // Offsets count UTF-16 units, as the reading text does.
    const links: Link[] = []
    let offset = 0
    let open: { id: number; start: number } | null = null
    for (let i = 0; i <= out.length; i++) {
      const id = i < out.length ? (outLinks[i] as number) : -1
      if (open && id !== open.id) {
        links.push({ start: open.start, end: offset, href: this.hrefs[open.id] as string })
        open = null
      }
      if (!open && id >= 0) open = { id, start: offset }
      if (i < out.length) offset += (out[i] as string).length
    }
    return { text, ...(links.length > 0 ? { links: links.slice(0, L.linksPerRun) } : {}) }
  }
}

/** Only web addresses survive as links (the sanitiser allows nothing else; checked again here). */
function webHref(raw: string | null | undefined): string | undefined {
  if (!raw || raw.length > L.urlChars) return undefined
  try {
    const url = new URL(raw)
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Long runs are cut into blocks of at most blockChars; links are cut with them. */
function splitRun(run: Run, max: number = L.blockChars): Run[] {
  if (run.text.length <= max) return [run]
  const parts: Run[] = []
  for (let start = 0; start < run.text.length; start += max) {
    const end = Math.min(run.text.length, start + max)
    const links = (run.links ?? [])
      .map((l) => ({ start: Math.max(l.start, start) - start, end: Math.min(l.end, end) - start, href: l.href }))
      .filter((l) => l.start < l.end)
    const text = run.text.slice(start, end)
    if (hasVisibleText(text)) parts.push({ text, ...(links.length > 0 ? { links } : {}) })
  }
  return parts
}

function pushRun(blocks: Block[], kind: 'paragraph' | 'quote', builder: RunBuilder): void {
  const run = builder.build()
  if (run) for (const part of splitRun(run)) blocks.push({ kind, ...part })
  for (const img of builder.images) pushImage(blocks, img, undefined)
}

function pushHeading(blocks: Block[], raw: string): void {
  const text = clean(raw)
  if (!hasVisibleText(text)) return
  if (text.length > L.titleChars) pushRun(blocks, 'paragraph', new RunBuilder().text(text))
  else blocks.push({ kind: 'heading', text })
}

/** Items of a list and of the lists nested in it, in reading order, flattened. */
function pushList(blocks: Block[], list: MinimalNode): void {
  const items: Run[] = []
  const images: MinimalNode[] = []
  const work: MinimalNode[] = [list]
  while (work.length > 0 && items.length < L.listItems) {
    const node = work.shift() as MinimalNode
    for (const child of childrenOf(node)) {
      if (!isElement(child) || nameOf(child) !== 'LI') continue
      const builder = new RunBuilder().inline(child, (n) => ['UL', 'OL'].includes(nameOf(n)))
      const run = builder.build()
      if (run) items.push(...splitRun(run).slice(0, 1))
      images.push(...builder.images)
      // Nested lists follow their item.
      work.unshift(...elementChildren(child, 'UL', 'OL'))
      if (items.length >= L.listItems) break
    }
  }
  if (items.length > 0) blocks.push({ kind: 'list', ordered: nameOf(list) === 'OL', items: items.slice(0, L.listItems) })
  for (const img of images) pushImage(blocks, img, undefined)
}

function pushTable(blocks: Block[], table: MinimalNode): void {
  const rowNodes: { row: MinimalNode; head: boolean }[] = []
  for (const child of elementChildren(table, 'TR', 'THEAD', 'TBODY', 'TFOOT')) {
    if (nameOf(child) === 'TR') rowNodes.push({ row: child, head: false })
    else for (const row of elementChildren(child, 'TR')) rowNodes.push({ row, head: nameOf(child) === 'THEAD' })
  }
  const rows: string[][] = []
  let header = false
  for (const [r, { row, head }] of rowNodes.slice(0, L.tableRows).entries()) {
    const cells = elementChildren(row, 'TD', 'TH')
    if (cells.length === 0) continue
    if (r === 0) header = head || cells.every((c) => nameOf(c) === 'TH')
    rows.push(cells.slice(0, L.tableColumns).map((cell) => oneLine(cell.textContent ?? '').slice(0, L.cellChars)))
  }
  const captionNode = elementChildren(table, 'CAPTION')[0]
  const caption = captionNode ? oneLine(captionNode.textContent ?? '').slice(0, L.captionChars) : ''
  if (!rows.some((row) => row.some(hasVisibleText))) {
    if (hasVisibleText(caption)) pushRun(blocks, 'paragraph', new RunBuilder().text(caption))
    return
  }
  blocks.push({ kind: 'table', rows, ...(header && rows.length > 1 ? { header: true } : {}), ...(hasVisibleText(caption) ? { caption } : {}) })
}

function hasImage(node: MinimalNode): boolean {
  const work = [node]
  while (work.length > 0) {
    const n = work.pop() as MinimalNode
    if (isElement(n) && nameOf(n) === 'IMG') return true
    work.push(...childrenOf(n))
  }
  return false
}

/** A figure: its first picture with the caption; any further pictures in it as figures of their own. */
function pushFigure(blocks: Block[], figure: MinimalNode): void {
  const images: MinimalNode[] = []
  let captionText = ''
  const work = [figure]
  while (work.length > 0) {
    const n = work.shift() as MinimalNode
    if (!isElement(n) && n !== figure) continue
    if (nameOf(n) === 'IMG') images.push(n)
    else if (nameOf(n) === 'FIGCAPTION') captionText += ` ${n.textContent ?? ''}`
    else work.unshift(...childrenOf(n))
  }
  const caption = oneLine(captionText).slice(0, L.captionChars)
  images.forEach((img, i) => pushImage(blocks, img, i === 0 && hasVisibleText(caption) ? caption : undefined))
}

function pushImage(blocks: Block[], img: MinimalNode, caption: string | undefined): void {
  const image = imageHashOf(img.getAttribute?.('src'))
  const alt = oneLine(img.getAttribute?.('alt') ?? '').slice(0, L.captionChars)
  const hasAlt = hasVisibleText(alt)
  // A picture that is neither kept nor described says nothing a reader could use.
  if (!image && !hasAlt && !caption) return
  blocks.push({ kind: 'figure', ...(image ? { image } : {}), ...(hasAlt ? { alt } : {}), ...(caption ? { caption } : {}) })
}

function oneLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

function clean(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
