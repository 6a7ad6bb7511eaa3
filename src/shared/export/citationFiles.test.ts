import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-csl'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { describe, expect, it } from 'vitest'
import { buildExportDocument } from './buildDocument'
import { citationEn, citationFa } from './citation'
import { renderBibtex, renderCslJson, renderRis, toCslItems } from './citationFiles'
import { annotate, digestItem, NOW, options, otherItem, seedItem, source } from './testSupport'

const seed = seedItem()
const dated = otherItem('dated', 'گزارش دیجیاتو از ۵G و کسب\u200cوکارها', 1403)
const digest = digestItem()
// A note with every character BibTeX and RIS treat specially, a Markdown list and Persian.
const TRICKY = 'هزینه ۱۰۰٪ و 50% {بیشتر} & $5 #tag a_b ~x ^y \\path <b>|</b>\n- یک\n- دو'

async function doc(lang: 'fa' | 'en' = 'fa') {
  const notes = [
    annotate(seed, 'پنجره ملی خدمات دولت هوشمند', { note: TRICKY, tags: ['دولت هوشمند'], colour: 'blue' }),
    annotate(seed, null, { colour: null, note: 'جمع‌بندی مقاله' }),
    annotate(dated, 'گزارش', { note: 'یادداشت دوم', colour: 'green', updatedAt: '2026-12-01T08:00:00.000Z' }),
    annotate(digest, 'ایتنا', { note: 'چکیده را با گزارش اصلی بسنجم' })
  ]
  return buildExportDocument({ ...source([seed, dated, digest], notes) }, options({ lang }), NOW)
}

describe('formatted citations', () => {
  it('give outlet, title, both calendars at the precision known, address and archive id', async () => {
    const d = await doc()
    const [s, x, g] = d.articles
    const ctx = { archiveTitle: d.archive.title }
    expect(citationFa(x!, ctx)).toBe('دیجیاتو. «گزارش دیجیاتو از ۵G و کسب\u200cوکارها». ۸ تیر ۱۴۰۳ (۲۸ ژوئن ۲۰۲۴). https://example.com/dated. در: اخبار الکامپ ۲۷، بایگان، شناسهٔ dated.')
    expect(citationEn(x!, ctx)).toBe('Digiato (دیجیاتو). “گزارش دیجیاتو از ۵G و کسب\u200cوکارها.” 28 Jun 2024 (8 Tir 1403). https://example.com/dated. In اخبار الکامپ ۲۷, Bayegan, id dated.')
    // No calendar date in the seed: the event stands in, and the citation says the date is not stated.
    expect(citationFa(s!, ctx)).toContain('الکامپ ۲۷، تاریخ ذکر نشده')
    expect(citationEn(s!, ctx)).toContain('Elecomp 27, date not stated')
    // A digest says whose report it summarises, with the report's address; a month stays a month.
    expect(citationFa(g!, ctx)).toMatch(/^چکیدهٔ ویراستاران بایگان از گزارش ایتنا\. .*تیر ۱۴۰۳ \(ژوئن–ژوئیه ۲۰۲۴\)\. https:\/\/www\.itna\.ir\/news\/12345/)
    expect(citationEn(g!, ctx)).toMatch(/^Bayegan editors’ digest of a report by ITNA \(ایتنا\)\. .*Tir 1403/)
  })
})

describe('CSL-JSON', () => {
  it('reads back through citation-js with Persian intact, Gregorian date-parts at the precision known and notes as annote', async () => {
    const text = renderCslJson(await doc())
    const items = new Cite(JSON.parse(text)).data
    expect(items).toHaveLength(3)
    const [s, x, g] = items
    expect(s?.title).toBe(seed.display?.title ?? seed.title)
    expect(s?.issued).toBeUndefined()
    expect(s?.note).toContain('تاریخ ذکر نشده')
    expect(x).toMatchObject({ type: 'article-newspaper', 'container-title': 'دیجیاتو', URL: 'https://example.com/dated', issued: { 'date-parts': [[2024, 6, 28]] } })
    // Tir 1403 runs from June into July 2024: a range, not a guessed day.
    expect(g?.issued).toEqual({ 'date-parts': [[2024, 6], [2024, 7]] })
    expect(g?.genre).toMatch(/Digest/)
    expect(g?.URL).toBe(digest.url)
    expect(s?.annote).toContain('«پنجره ملی خدمات دولت هوشمند»')
    // The lead is paragraph 1; the phrase is in the third body paragraph.
    expect(s?.annote).toMatch(/\(بند ۴، ساخته: .*؛ پرسش\)/)
    expect(s?.annote).toContain('کل مقاله')
    expect(x?.annote).toContain('ویرایش: ۱۰ آذر ۱۴۰۵')
    expect(g?.annote).toContain(digest.url)
  })
})

describe('BibTeX', () => {
  it('parses back with @retorquere/bibtex-parser and citation-js to the same Persian text, escapes and month macros', async () => {
    const text = renderBibtex(await doc())
    const lib = parseBibtex(text, { english: false })
    expect(lib.errors).toEqual([])
    expect(lib.entries.map((e) => e.key)).toEqual(['bayegan-zoomit-e942ce09813ba0d2', 'bayegan-dated', 'bayegan-digest-itna-1403'])
    const [s, x, g] = lib.entries
    expect(s?.fields.title).toBe(seed.display?.title ?? seed.title)
    expect(s?.fields.year).toBeUndefined()
    // Every special character comes back as itself, and the Markdown list survives as lines.
    expect(s?.fields.annote).toContain('هزینه ۱۰۰٪ و 50% {بیشتر} & $5 #tag a_b ~x ^y \\path <b>|</b>')
    expect(x?.fields).toMatchObject({ year: '2024', month: '6', date: '2024-06-28', url: 'https://example.com/dated', langid: 'persian' })
    expect(text).toMatch(/month = jun,/)
    expect(g?.fields).toMatchObject({ date: '2024-06/2024-07', url: digest.url })
    expect(g?.fields.month).toBeUndefined()
    expect(g?.fields.note).toContain('Digest')
    const viaCiteJs = new Cite(text, { forceType: '@bibtex/text' }).data
    expect(viaCiteJs.map((e) => e.title)).toEqual(lib.entries.map((e) => e.fields.title))
    expect(viaCiteJs[1]?.issued).toEqual({ 'date-parts': [[2024, 6]] })
    expect(viaCiteJs[2]?.URL).toBe(digest.url)
  })
})

describe('RIS', () => {
  it('is what Zotero’s importer expects: TY first, ER last, CRLF, PY a year, DA only at day precision, a N1 per note', async () => {
    const d = await doc('en')
    const text = renderRis(d)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const records = text.replace(/\r\n$/, '').split(/\r\n\r\n/).map((r) => r.split('\r\n'))
    expect(records).toHaveLength(3)
    for (const lines of records) {
      expect(lines[0]).toBe('TY  - NEWS')
      expect(lines[lines.length - 1]).toBe('ER  - ')
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /)
    }
    const field = (lines: string[], tag: string): string[] => lines.filter((l) => l.startsWith(`${tag}  - `)).map((l) => l.slice(6))
    const [s, x, g] = records as [string[], string[], string[]]
    expect(field(s, 'PY')).toEqual([])
    expect(field(x, 'PY')).toEqual(['2024'])
    expect(field(x, 'DA')).toEqual(['2024/06/28/'])
    expect(field(g, 'PY')).toEqual(['2024'])
    expect(field(g, 'DA')).toEqual([])
    expect(field(g, 'UR')).toEqual([digest.url])
    // One N1 for the item's citation, one per summary, one per annotation.
    const notes = field(s, 'N1')
    expect(notes.filter((n) => n.startsWith('“پنجره'))).toHaveLength(1)
    expect(notes.some((n) => /\(para\. 4, (made|edited) .*; Question\)/.test(n) && n.includes('- یک / - دو'))).toBe(true)
    expect(notes.some((n) => n.includes('whole article'))).toBe(true)
    expect(notes.some((n) => n.startsWith('Persian summary (curated by the archive’s editors)'))).toBe(true)
    const parsed = new Cite(text, { forceType: '@ris/file' }).data
    expect(parsed.map((p) => p.title)).toEqual(d.articles.map((a) => a.title))
    expect(parsed[1]).toMatchObject({ type: 'article-newspaper', 'container-title': 'دیجیاتو', URL: 'https://example.com/dated', issued: { 'date-parts': [[2024]] } })
    expect(parsed[0]?.note).toEqual(expect.arrayContaining([expect.stringContaining('پنجره ملی خدمات دولت هوشمند')]))
  })
})

describe('citation items', () => {
  it('keep unique ASCII keys even when two ids clean up to the same key', async () => {
    const a = otherItem('x y', 'الف', 1400)
    const b = otherItem('x_y', 'ب', 1400)
    const d = await buildExportDocument(source([a, b], []), options({ scope: { kind: 'articles', articleIds: ['x y', 'x_y'] } }), NOW)
    expect(toCslItems(d).map((i) => i.id)).toEqual(['bayegan-x_y', 'bayegan-x_y-2'])
  })
})
