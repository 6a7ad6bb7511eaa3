import { escapeHtml } from './escape'

/**
 * A note's light Markdown → HTML: paragraphs, line breaks, "- " and "1. " lists (also straight
 * after a line of text, as the app's note view shows them), **bold**, *italic* and `code`. The text is escaped first and the markers are applied to the escaped text, so no input
 * can produce a tag of its own. Each paragraph takes its direction from its own first strong letter.
 */
export function noteHtml(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map(blockHtml)
    .join('')
}

const BULLET = /^\s*[-*+]\s+/
const NUMBERED = /^\s*[0-9۰-۹]+[.)]\s+/

type Run = { kind: 'ul' | 'ol' | 'p'; lines: string[] }

/** A block split into runs of bullet items, numbered items and plain lines, each rendered as what it is. */
function blockHtml(block: string): string {
  const runs: Run[] = []
  for (const line of block.split('\n')) {
    const kind = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : 'p'
    const last = runs[runs.length - 1]
    if (last && last.kind === kind) last.lines.push(line)
    else runs.push({ kind, lines: [line] })
  }
  return runs
    .map((run) => {
      if (run.kind === 'p') return `<p dir="auto">${run.lines.map(inline).join('<br>')}</p>`
      const marker = run.kind === 'ul' ? BULLET : NUMBERED
      // The list's own direction, so a Persian list in an English export has its bullets on its right
      // (Chromium draws no bullets at all for dir="auto" on a list, so it is worked out here).
      return `<${run.kind} dir="${firstStrongDirection(run.lines.join(' '))}">${run.lines.map((line) => `<li dir="auto">${inline(line.replace(marker, ''))}</li>`).join('')}</${run.kind}>`
    })
    .join('')
}

const STRONG = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[A-Za-z\u00c0-\u024f]/

/** The direction of a text by its first strong letter, as Unicode's paragraph rule decides it. */
export function firstStrongDirection(text: string): 'rtl' | 'ltr' {
  const c = STRONG.exec(text)?.[0]
  return c && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(c) ? 'rtl' : 'ltr'
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
}
