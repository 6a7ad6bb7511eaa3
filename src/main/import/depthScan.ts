// Element nesting measured on the raw markup, before any DOM is built: a page nested 300,000 deep
// must be refused in milliseconds, not after a minute of parsing. The count follows the HTML
// rules that matter for depth (void elements, raw-text elements, the end tags a parser implies
// for p, li and table cells); it can only overestimate a little for badly nested inline tags, and
// the parsed DOM is still measured afterwards.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen'])
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])
/** Opening one of these closes an open element of the same group (HTML's implied end tags). */
const SIBLING_CLOSES: Readonly<Record<string, readonly string[]>> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
  thead: ['tbody', 'tfoot'],
  tbody: ['thead', 'tbody', 'tr', 'td', 'th'],
  tfoot: ['thead', 'tbody', 'tr', 'td', 'th']
}
/** Block elements whose start closes an open <p>. */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'])

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>/g

/** The deepest element nesting in the markup, stopping early once `limit` is passed. */
export function markupDepth(html: string, limit = Infinity): number {
  const stack: string[] = []
  let lower: string | undefined
  let deepest = 0
  TAG.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = TAG.exec(html)) !== null) {
    const name = match[2]?.toLowerCase()
    if (name === undefined) continue // comment, doctype, processing instruction
    if (match[1] === '/') {
      const at = stack.lastIndexOf(name)
      if (at >= 0) stack.length = at
      continue
    }
    if (VOID.has(name) || (match[3] ?? '').trimEnd().endsWith('/')) continue
    if (CLOSES_P.has(name)) popIf(stack, ['p'])
    const closes = SIBLING_CLOSES[name]
    if (closes) popIf(stack, closes)
    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag: markup inside a script or textarea is text, not elements.
      lower ??= html.toLowerCase()
      const end = lower.indexOf(`</${name}`, TAG.lastIndex)
      if (end < 0) break
      TAG.lastIndex = end
      continue
    }
    stack.push(name)
    if (stack.length > deepest) {
      deepest = stack.length
      if (deepest > limit) return deepest
    }
  }
  return deepest
}

function popIf(stack: string[], names: readonly string[]): void {
  while (stack.length > 0 && names.includes(stack[stack.length - 1] as string)) stack.pop()
}
