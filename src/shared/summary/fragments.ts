import type { Sentence } from './sentences'

/**
 * Sentences that cannot stand alone in a summary: a lead-in to a quote («… گفت:»), a paragraph
 * the page cut off («… ببخشد و…», «… قابل»), a piece starting mid-clause, or one whose
 * quotation marks do not pair up and are not explained by a longer quotation around it.
 */
const DANGLING_LAST_WORDS = new Set([
  'و', 'در', 'به', 'از', 'که', 'با', 'برای', 'تا', 'را', 'این', 'آن', 'یک', 'بر', 'یا', 'اما', 'ولی',
  'چون', 'اگر', 'هر', 'قابل', 'بین', 'روی', 'درباره', 'مانند', 'مثل', 'همچون', 'توسط', 'the', 'and', 'of', 'to', 'in'
])

export function isFragment(s: Pick<Sentence, 'text' | 'opensInQuote' | 'closesInQuote'>): boolean {
  const text = s.text.trim()
  if (/[:،؛,\-–—]$/.test(text)) return true
  if (/(…|\.\.\.)[»”]?$/.test(text)) return true
  if (/^[،؛,:)\]»”]/.test(text)) return true
  const lastWord = text.replace(/[.!?؟»”)\]]+$/, '').split(/\s+/).pop() ?? ''
  if (DANGLING_LAST_WORDS.has(lastWord.replace(/[\u200c]/g, '').replace(/ي/g, 'ی').toLowerCase())) return true
  const opens = (text.match(/[«“]/g) ?? []).length
  const closes = (text.match(/[»”]/g) ?? []).length
  if (opens > closes && !s.closesInQuote) return true
  if (closes > opens && !s.opensInQuote) return true
  return false
}
