const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text → HTML text or attribute value. Everything from the data goes through here, without exception. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/** Only web links become links; anything else (javascript:, file:, data:) stays plain text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * Plain text → Markdown text that shows as written: Markdown's punctuation is backslash-escaped
 * (so `*`, `[`, `<` and friends are literal, and raw HTML never reaches a Markdown viewer's parser),
 * and a line that would open a heading, list or quote is defused.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
    .replace(/^(\s*)([-=+#])/gm, '$1\\$2')
}

/**
 * A note's light Markdown kept as Markdown, with raw HTML made inert: `<` and `&` cannot start a
 * tag or an entity, so a hostile note stays text in any Markdown viewer.
 */
export function inertMarkdown(note: string): string {
  return note.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}
