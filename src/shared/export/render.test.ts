import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildExportDocument } from './buildDocument'
import { escapeMarkdown } from './escape'
import { EXPORT_CSP, renderHtml, type EmbeddedFont } from './html'
import { renderJsonLd, toAnnotationCollection } from './jsonld'
import { renderMarkdown } from './markdown'
import { noteHtml } from './noteHtml'
import { INCLUDE_ALL } from './options'
import type { SummaryVersion } from '../domain/summary'
import { annotate, digestItem, NOW, options, otherItem, seedItem, source } from './testSupport'

const seed = seedItem()
const FONT: EmbeddedFont = { weight: 400, unicodeRange: 'U+0600-06FF', woff2Base64: 'd09GMgABAAA=' }
const HOSTILE = '</style><script>alert(1)</script> <img src=x onerror="alert(2)"> **مهم** [x](javascript:alert(3))'

async function hostileDoc(lang: 'fa' | 'en' = 'fa') {
  const bad = otherItem('bad', '<script>alert("title")</script>', 1400)
  const notes = [
    annotate(seed, 'پنجره ملی خدمات دولت هوشمند', { note: HOSTILE, tags: ['<b onmouseover=x>'], colour: 'blue' }),
    annotate(bad, 'گزارش', { note: 'یادداشت با 5G و ۲۸۶ میلیون' }),
    annotate(seed, null, { colour: null, note: '- اول\n- دوم' })
  ]
  const src = { ...source([seed, { ...bad, url: 'javascript:alert(4)' }], notes), colourMeanings: { blue: '"><script>x</script>' } }
  return buildExportDocument(src, options({ lang }), NOW)
}

describe('renderHtml', () => {
  it('keeps hostile note, title, tag and colour text inert: no script, no element with a handler, no live link', async () => {
    const html = renderHtml(await hostileDoc(), { fonts: [FONT], pageSize: 'A4' })
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0)
    const withHandlers = [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
    expect(withHandlers).toHaveLength(0)
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((href) => !href?.startsWith('#'))).toEqual([])
    expect(document.querySelectorAll('style')).toHaveLength(1)
    expect(document.body.textContent).toContain('</style><script>alert(1)</script>')
    expect(document.body.textContent).toContain('<script>alert("title")</script>')
    expect(document.querySelector('.note strong')?.textContent).toBe('مهم')
    expect(document.querySelectorAll('.note li')).toHaveLength(2)
  })

  it('is self-contained behind a strict CSP, right to left in Persian with Persian page numbers', async () => {
    const html = renderHtml(await hostileDoc(), { fonts: [FONT], pageSize: 'Letter' })
    const { document } = parseHTML(html)
    expect(document.documentElement.getAttribute('dir')).toBe('rtl')
    expect(document.documentElement.getAttribute('lang')).toBe('fa')
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EXPORT_CSP)
    expect(EXPORT_CSP).toContain("default-src 'none'")
    expect(EXPORT_CSP).not.toContain('script-src')
    expect(html).toContain('counter(page,persian)')
    expect(html).toContain('size:Letter')
    expect(html).toContain('src:url(data:font/woff2;base64,d09GMgABAAA=)')
    expect(document.querySelector('h1')?.textContent).toBe('یادداشت‌های پژوهشی')
    expect(document.querySelector('.title-page')?.textContent).toContain('۹ آذر ۱۴۰۵')
    expect(document.querySelector('.title-page')?.textContent).toContain('۳۰ نوامبر ۲۰۲۶')
    expect(document.querySelectorAll('.toc li')).toHaveLength(2)
    expect(document.querySelector('blockquote')?.getAttribute('lang')).toBe('fa')
    expect(document.querySelector('.note p')?.getAttribute('dir')).toBe('auto')
  })

  it('writes English headings left to right with Latin page numbers in an English export', async () => {
    const html = renderHtml(await hostileDoc('en'), { fonts: [FONT], pageSize: 'A4' })
    const { document } = parseHTML(html)
    expect(document.documentElement.getAttribute('dir')).toBe('ltr')
    expect(document.querySelector('h1')?.textContent).toBe('Research notes')
    expect(document.querySelector('.title-page')?.textContent).toContain('30 Nov 2026 (9 Azar 1405)')
    expect(html).toContain('counter(page) " of " counter(pages)')
    // Article text stays Persian, right to left, inside the English document.
    expect(document.querySelector('article h2')?.getAttribute('dir')).toBe('rtl')
  })

  it('refuses a font that could break out of the style element', async () => {
    const doc = await hostileDoc()
    expect(() => renderHtml(doc, { fonts: [{ ...FONT, woff2Base64: 'AA)}</style><script>' }], pageSize: 'A4' })).toThrow(/font/)
  })
})

describe('renderMarkdown', () => {
  it('escapes titles, quotes and tags, and makes raw HTML in notes inert', async () => {
    const md = renderMarkdown(await hostileDoc())
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b )/m) // a tag can only appear backslash-escaped or as &lt;
    expect(md).toContain('&lt;/style>&lt;script>alert(1)&lt;/script>')
    expect(md).toContain('## \\<script\\>alert("title")\\</script\\>')
    expect(md).toContain('**مهم**') // the note's own Markdown is kept
    expect(md).toContain('> پنجره ملی خدمات دولت هوشمند')
    expect(md).toMatch(/^# یادداشت‌های پژوهشی$/m)
  })

  it('escapes Markdown syntax in plain text', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list')
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list')
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> a|b')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> a\\|b')
    expect(escapeMarkdown('بخش ۲۰۰ کسب‌وکار')).toBe('بخش ۲۰۰ کسب‌وکار')
  })

  it('heads sections in the heading language', async () => {
    expect(renderMarkdown(await hostileDoc('en'))).toMatch(/^## Contents$/m)
  })
})

describe('renderJsonLd', () => {
  it('writes a W3C AnnotationCollection with selectors, note and tag bodies, and what each colour meant', async () => {
    const doc = await hostileDoc()
    const collection = toAnnotationCollection(doc)
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.total).toBe(3)
    const highlight = collection.first.items.find((a) => a.bayegan.colour === 'blue')
    expect(highlight?.target.selector).toMatchObject([
      { type: 'TextQuoteSelector', exact: 'پنجره ملی خدمات دولت هوشمند' },
      { type: 'TextPositionSelector' }
    ])
    expect(highlight?.body?.map((b) => b.purpose)).toEqual(['commenting', 'tagging'])
    // The seed has no web address, so the source is its stable URN; the archive id stays beside it.
    expect(highlight?.target.source).toBe(`urn:bayegan:elecomp:${seed.id}`)
    expect(highlight?.bayegan.articleId).toBe(seed.id)
    expect(collection.bayegan.colourMeanings.blue).toBe('"><script>x</script>')
    const articleNote = collection.first.items.find((a) => !a.target.selector)
    expect(articleNote?.motivation).toBe('commenting')
    const withoutQuotes = toAnnotationCollection(await buildExportDocument(source([seed], [annotate(seed, 'خوانساری', { note: 'n' })]), options({ include: { ...INCLUDE_ALL, quotes: false, summaryFa: false } }), NOW))
    expect(JSON.stringify(withoutQuotes)).not.toContain('خوانساری')
    expect(JSON.parse(renderJsonLd(doc))).toEqual(collection)
  })
})

describe('what a researcher cites from', () => {
  const digest = digestItem()
  const versions: SummaryVersion[] = [
    { id: 'v1', articleId: seed.id, lang: 'fa', provenance: 'researcher', text: 'خلاصهٔ خودم', createdAt: '2026-11-20T08:00:00.000Z' },
    { id: 'v2', articleId: seed.id, lang: 'en', provenance: 'model', model: 'qwen2.5:7b', text: 'Model summary', createdAt: '2026-11-21T08:00:00.000Z' }
  ]
  async function citeDoc(lang: 'fa' | 'en' = 'fa') {
    const notes = [
      annotate(seed, 'پنجره ملی خدمات دولت هوشمند', { note: 'پیش از فهرست:\n- یک\n- دو\n1. سوم', updatedAt: '2026-12-01T10:00:00.000Z' }),
      annotate(digest, 'ایتنا', { note: 'n' })
    ]
    return buildExportDocument({ ...source([seed, digest], notes), summaries: versions }, options({ lang }), NOW)
  }

  it('says where each summary came from, in the PDF and in Markdown', async () => {
    const doc = await citeDoc()
    const { document } = parseHTML(renderHtml(doc, { fonts: [FONT], pageSize: 'A4' }))
    const provenance = [...document.querySelectorAll('.provenance')].map((p) => p.textContent)
    expect(provenance[0]).toBe('خاستگاه: نوشتهٔ پژوهشگر، نسخهٔ ۲۹ آبان ۱۴۰۵ (۲۰ نوامبر ۲۰۲۶)')
    expect(provenance[1]).toBe('خاستگاه: پیش‌نویس مدل qwen2.5:7b، پذیرفته در ۳۰ آبان ۱۴۰۵ (۲۱ نوامبر ۲۰۲۶)')
    expect(provenance).toContain('خاستگاه: گزیدهٔ ویراستاران بایگانی')
    const md = renderMarkdown(await citeDoc('en'))
    expect(md).toContain('*Source of this summary: written by the researcher, version of 20 Nov 2026 (29 Aban 1405)*')
    expect(md).toContain('*Source of this summary: drafted by model qwen2.5:7b, accepted 21 Nov 2026 (30 Aban 1405)*')
  })

  it('gives each note its paragraph, its date and, for a digest, the original’s address; a digest says what it is', async () => {
    const doc = await citeDoc()
    const { document } = parseHTML(renderHtml(doc, { fonts: [FONT], pageSize: 'A4' }))
    const where = [...document.querySelectorAll('.entry__where')].map((p) => p.textContent)
    expect(where[0]).toBe('بند ۴، ویرایش: ۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶)')
    expect(where[1]).toMatch(/^عنوان، ساخته: .*، https:\/\/www\.itna\.ir\/news\/12345\//)
    expect(document.querySelectorAll('.digest')).toHaveLength(1)
    expect(document.querySelector('#article-2 .cite__formatted')?.textContent).toContain('چکیدهٔ ویراستاران بایگان از گزارش ایتنا')
    const md = renderMarkdown(await citeDoc('en'))
    expect(md).toContain('*Where: para. 4, edited 1 Dec 2026 (10 Azar 1405)*')
    expect(md).toContain('> Digest: a summary Bayegan’s editors wrote')
  })

  it('renders a note’s Markdown lists as lists, even straight after a line of text', async () => {
    const { document } = parseHTML(renderHtml(await citeDoc(), { fonts: [FONT], pageSize: 'A4' }))
    const note = document.querySelector('.note')
    expect(note?.querySelector('p')?.textContent).toBe('پیش از فهرست:')
    expect([...(note?.querySelectorAll('ul > li') ?? [])].map((li) => li.textContent)).toEqual(['یک', 'دو'])
    expect([...(note?.querySelectorAll('ol > li') ?? [])].map((li) => li.textContent)).toEqual(['سوم'])
    // Lists take their own direction, so a Persian list in an English export keeps its bullets beside it.
    expect(note?.querySelector('ul')?.getAttribute('dir')).toBe('rtl')
    expect(noteHtml('- see the ITO report\n- ۵G')).toBe('<ul dir="ltr"><li dir="auto">see the ITO report</li><li dir="auto">۵G</li></ul>')
  })

  it('has a contents list with a page slot per article only when there are several, filled from tocPages', async () => {
    const doc = await citeDoc()
    const blank = parseHTML(renderHtml(doc, { fonts: [FONT], pageSize: 'A4' })).document
    expect([...blank.querySelectorAll('.toc__page')].map((p) => p.textContent)).toEqual(['\u00a0', '\u00a0'])
    const filled = parseHTML(renderHtml(doc, { fonts: [FONT], pageSize: 'A4', tocPages: [3, 12] })).document
    expect([...filled.querySelectorAll('.toc__page')].map((p) => p.textContent)).toEqual(['۳', '۱۲'])
    // The page number shares a row with the note count (the leader joins them), not with a wrapped title.
    expect([...filled.querySelectorAll('.toc__row')].map((r) => [...r.children].map((c) => c.className))).toEqual([
      ['toc__count', 'toc__page'],
      ['toc__count', 'toc__page']
    ])
    // The contents are no heading, so they make no bookmark of their own.
    expect(filled.querySelector('.toc h1, .toc h2, .toc h3')).toBeNull()
    const one = await buildExportDocument(source([seed], []), options({ scope: { kind: 'article', articleId: seed.id } }), NOW)
    expect(parseHTML(renderHtml(one, { fonts: [FONT], pageSize: 'A4' })).document.querySelector('.toc')).toBeNull()
    expect(renderMarkdown(one)).not.toContain('## فهرست')
  })
})

describe('references: the links kept in an imported article', () => {
  const linked = (): ReturnType<typeof otherItem> => ({
    ...otherItem('imported-links', 'گزارشی با پیوند', 1403),
    body: [
      { kind: 'paragraph', text: 'به گزارش ایتنا نمایشگاه برگزار شد.', links: [{ start: 9, end: 14, href: 'https://www.itna.ir/news/1' }] },
      { kind: 'list', ordered: false, items: [{ text: 'فهرست غرفه‌ها', links: [{ start: 0, end: 5, href: 'https://example.ir/list?a=1&b=<2>' }] }, { text: 'باز ایتنا', links: [{ start: 4, end: 9, href: 'https://www.itna.ir/news/1' }] }] }
    ]
  })

  it('lists each address once, with its words, in HTML (PDF), Markdown and JSON', async () => {
    const item = linked()
    const doc = await buildExportDocument(source([item], []), options({ scope: { kind: 'article', articleId: item.id } }), NOW)
    expect(doc.articles[0]?.references).toEqual([
      { text: 'ایتنا', url: 'https://www.itna.ir/news/1' },
      { text: 'فهرست', url: 'https://example.ir/list?a=1&b=<2>' }
    ])
    const html = renderHtml(doc, { fonts: [], pageSize: 'A4' })
    const { document } = parseHTML(html)
    const refs = document.querySelector('.refs')
    expect(refs?.querySelector('h3')?.textContent).toBe('پیوندهای متن')
    expect([...(refs?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(['https://www.itna.ir/news/1', 'https://example.ir/list?a=1&b=%3C2%3E'])
    const markdown = renderMarkdown(doc)
    expect(markdown).toContain('### پیوندهای متن')
    expect(markdown).toContain('1. ایتنا — <https://www.itna.ir/news/1>')
    expect(markdown).toContain('2. فهرست — <https://example.ir/list?a=1&b=%3C2%3E>')
    const json = JSON.parse(renderJsonLd(doc))
    expect(json.bayegan.articles[0].references).toHaveLength(2)
  })

  it('adds nothing for an article without links', async () => {
    const item = otherItem('plain', 'بی‌پیوند', 1403)
    const doc = await buildExportDocument(source([item], []), options({ scope: { kind: 'article', articleId: item.id } }), NOW)
    expect(doc.articles[0]?.references).toBeUndefined()
    expect(renderMarkdown(doc)).not.toContain('پیوندهای متن')
  })
})
