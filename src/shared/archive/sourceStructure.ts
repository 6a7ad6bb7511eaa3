// Finds title, lead and block structure in a source article's lines. Text is never altered beyond
// trimming line ends: letters, digits and ZWNJ stay as written, so offsets into it stay valid.
import { SourceTextError, type SourceLine } from './frontMatter'
import type { Block } from './schema'

export type SourceFormat = 'plain' | 'markdown'

export interface ArticleStructure {
  title: string
  lead?: string
  body: Block[]
  /** Source line of the title, lead and each body block (same order as `body`). */
  lines: { title: number; lead?: number; body: number[] }
}

// Punctuation that ends a sentence (closing quotes included: a quoted sentence ends with »).
const SENTENCE_END = /[.!?؟…»"”]$/u
const SENTENCE_PUNCTUATION = /[.!?؟…:«»]/u
const DASH_LINE = /^[-–—]{1,2}[ \t]*(.+)$/u
const MAX_HEADING_CHARS = 90
const MAX_ATTRIBUTION_CHARS = 120

export function parseStructure(bodyLines: SourceLine[], format: SourceFormat, hasLead: boolean): ArticleStructure {
  const content = bodyLines.map((l) => ({ text: l.text.trim(), line: l.line })).filter((l) => l.text !== '')
  const [titleLine, ...rest] = content
  if (!titleLine) throw new SourceTextError('the article has no title line', bodyLines[0]?.line ?? 1)
  const title = format === 'markdown' ? titleLine.text.replace(/^#{1,6}[ \t]+/, '') : titleLine.text

  let leadLine: SourceLine | undefined
  if (hasLead) {
    leadLine = rest.shift()
    if (!leadLine) throw new SourceTextError('front matter says "lead: true" but there is no line after the title', titleLine.line)
    if (format === 'markdown' && /^(#|>)/.test(leadLine.text)) {
      throw new SourceTextError('the lead must be a plain paragraph', leadLine.line)
    }
  }
  const blocks = format === 'markdown' ? markdownBlocks(rest) : plainTextBlocks(rest)
  if (blocks.length === 0) throw new SourceTextError('the article has no body after the title', titleLine.line)

  return {
    title,
    ...(leadLine ? { lead: leadLine.text } : {}),
    body: blocks.map((b) => b.block),
    lines: { title: titleLine.line, ...(leadLine ? { lead: leadLine.line } : {}), body: blocks.map((b) => b.line) }
  }
}

interface PlacedBlock {
  block: Block
  line: number
}

/**
 * Plain text has no markup, so structure is inferred the way a reader would:
 * - a short line without sentence punctuation, followed by more text, is a sub-heading;
 * - a sentence followed by "- Name, role" (same line or the next) is a pull quote with attribution.
 * Everything else is one paragraph per line.
 */
function plainTextBlocks(lines: SourceLine[]): PlacedBlock[] {
  const blocks: PlacedBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i] as SourceLine
    const inline = splitInlineAttribution(text)
    const next = lines[i + 1]
    const nextAttribution = next && SENTENCE_END.test(text) ? attributionOnOwnLine(next.text) : undefined
    if (inline) {
      blocks.push({ line, block: { kind: 'quote', text: inline.quote, attribution: inline.attribution } })
    } else if (nextAttribution) {
      blocks.push({ line, block: { kind: 'quote', text, attribution: nextAttribution } })
      i++
    } else if (next && looksLikeHeading(text)) {
      blocks.push({ line, block: { kind: 'heading', text } })
    } else {
      blocks.push({ line, block: { kind: 'paragraph', text } })
    }
  }
  return blocks
}

/** "…استفاده کند.- محمد خوانساری، رئیس سازمان" → quote and attribution. */
export function splitInlineAttribution(text: string): { quote: string; attribution: string } | undefined {
  const match = /([.!?؟…»"”])[ \t]*[-–—]{1,2}[ \t]*([^-–—]+)$/u.exec(text)
  if (!match) return undefined
  const attribution = (match[2] as string).trim()
  const quote = text.slice(0, match.index + 1).trim()
  if (!isAttribution(attribution) || quote.length <= 1) return undefined
  return { quote, attribution }
}

function attributionOnOwnLine(text: string): string | undefined {
  const match = DASH_LINE.exec(text)
  const attribution = match?.[1]?.trim()
  return attribution !== undefined && isAttribution(attribution) ? attribution : undefined
}

function isAttribution(text: string): boolean {
  return text.length > 0 && text.length < MAX_ATTRIBUTION_CHARS && /\p{L}/u.test(text) && !SENTENCE_PUNCTUATION.test(text)
}

export function looksLikeHeading(text: string): boolean {
  return text.length < MAX_HEADING_CHARS && !SENTENCE_PUNCTUATION.test(text.replace(/(\d)\.(\d)/gu, '$1$2')) && !/[،,;؛]$/u.test(text)
}

/** Markdown: `## heading`, `> quote` lines with an optional last `> — attribution`; other lines are paragraphs. */
function markdownBlocks(lines: SourceLine[]): PlacedBlock[] {
  const blocks: PlacedBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i] as SourceLine
    const heading = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?$/u.exec(text)
    if (heading) {
      const headingText = (heading[1] as string).trim()
      if (!headingText) throw new SourceTextError('empty heading', line)
      blocks.push({ line, block: { kind: 'heading', text: headingText } })
    } else if (text.startsWith('>')) {
      // A quote runs over adjacent ">" lines; a blank line ends it.
      const group: SourceLine[] = [{ text, line }]
      while (lines[i + 1]?.text.startsWith('>') && lines[i + 1]?.line === (group[group.length - 1] as SourceLine).line + 1) {
        group.push(lines[++i] as SourceLine)
      }
      blocks.push({ line, block: markdownQuote(group) })
    } else {
      blocks.push({ line, block: { kind: 'paragraph', text } })
    }
  }
  return blocks
}

function markdownQuote(group: SourceLine[]): Block {
  const inner = group.map((l) => ({ text: l.text.replace(/^>[ \t]?/, '').trim(), line: l.line }))
  const lastText = inner[inner.length - 1]?.text ?? ''
  const attribution = inner.length > 1 ? DASH_LINE.exec(lastText)?.[1]?.trim() : undefined
  const quoteLines = (attribution ? inner.slice(0, -1) : inner).map((l) => l.text).filter((t) => t !== '')
  if (quoteLines.length === 0) throw new SourceTextError('a quote has no text', (group[0] as SourceLine).line)
  const text = quoteLines.join(' ')
  return attribution ? { kind: 'quote', text, attribution } : { kind: 'quote', text }
}
