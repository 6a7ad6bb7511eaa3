import { escapeHtml } from './escape'

/**
 * A note's light Markdown → HTML: paragraphs, line breaks, "- " lists, **bold**, *italic* and
 * `code`. The text is escaped first and the markers are applied to the escaped text, so no input
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

function blockHtml(block: string): string {
  const lines = block.split('\n')
  if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
    const items = lines.map((line) => `<li dir="auto">${inline(line.replace(/^\s*[-*]\s+/, ''))}</li>`)
    return `<ul>${items.join('')}</ul>`
  }
  return `<p dir="auto">${lines.map(inline).join('<br>')}</p>`
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
}
