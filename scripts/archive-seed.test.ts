// The bundled seed article and the committed pack built from it.
import { readFile, readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../src/shared/archive/buildPack'
import { parsePackText } from '../src/shared/archive/parsePack'
import { parseSourceArticle } from '../src/shared/archive/sourceText'
import { formatPublished } from '../src/shared/dates/formatPublished'
import { blockText } from '../src/shared/archive/plainText'

const SEED = 'archive/000_e942ce09813ba0d2.txt'
const PACK = 'resources/archive/elecomp.pack.json'

describe('seed article', () => {
  it('has the structure of the original: title, lead, paragraphs, one sub-heading, one pull quote', async () => {
    const { item } = parseSourceArticle(await readFile(SEED, 'utf8'), SEED)
    expect(item.id).toBe('zoomit-e942ce09813ba0d2')
    expect(item.title).toBe('معاون سازمان فناوری اطلاعات: بعد از فیلترینگ ۱۴۰۱، فقط ۲۰۰ کسبوکار تسهیلات خواستند')
    expect(item.lead).toMatch(/^اقتصاد ایران: رئیس سازمان فناوری اطلاعات: /)
    expect(item.body.map((b) => b.kind)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'quote',
      'heading',
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'
    ])
    expect(item.body[6]).toEqual({ kind: 'heading', text: 'منابع دیر تأمین شد، فقط ۲۰۰ کسبوکار کمک خواستند' })
    const quote = item.body[5]
    expect(quote).toMatchObject({ kind: 'quote', attribution: 'محمد خوانساری، رئیس سازمان فناوری اطلاعات ایران' })
    expect(quote?.kind === 'quote' ? quote.text : '').toMatch(/^در مرداد ۱۴۰۰ .* استفاده کند\.$/)
  })

  it('keeps the text exactly as written (no ZWNJ added, nothing normalised)', async () => {
    const text = await readFile(SEED, 'utf8')
    const original = text.slice(text.indexOf('\n---\n') + 5)
    const { item } = parseSourceArticle(text, SEED)
    const rebuilt = [item.title, item.lead, ...item.body.map((b) =>
      b.kind === 'quote' ? `${b.text}- ${b.attribution}` : blockText(b))].join('\n')
    expect(rebuilt).toBe(original)
    expect(rebuilt).not.toContain('\u200c')
  })

  it('claims no more than the text supports: Zoomit without URL, dated only by the event', async () => {
    const { item } = parseSourceArticle(await readFile(SEED, 'utf8'), SEED)
    expect(item.source).toEqual({ name: 'زومیت', nameEn: 'Zoomit' })
    expect(item.url).toBeUndefined()
    expect(item.event).toEqual({ id: 'elecomp-27', fa: 'الکامپ ۲۷', en: 'Elecomp 27' })
    expect(item.published.precision).toBe('event')
    expect(item.published.jalali).toBeUndefined()
    expect(formatPublished(item.published, item.event, 'fa')).toBe('الکامپ ۲۷')
    expect(item.summaries.map((s) => [s.lang, s.provenance])).toEqual([['fa', 'curated'], ['en', 'curated']])
    expect(item.summaries[0]?.text).toContain('کسب‌وکار')
  })
})

describe(PACK, () => {
  it('is valid and up to date with archive/ (run npm run archive:build -- archive ' + PACK + ')', async () => {
    const committed = await parsePackText(await readFile(PACK, 'utf8'))
    if (!committed.ok) throw new Error(JSON.stringify(committed.errors))
    const names = (await readdir('archive')).filter((n) => /\.(txt|md)$/.test(n)).sort()
    const files = await Promise.all(names.map(async (n) => ({ name: n, text: await readFile(`archive/${n}`, 'utf8') })))
    const editionNames = await readdir('archive/editions').then((n) => n.filter((f) => f.endsWith('.json')).sort(), () => undefined)
    const editions = editionNames && (await Promise.all(editionNames.map(async (n) => ({ name: n, text: await readFile(`archive/editions/${n}`, 'utf8') }))))
    const rebuilt = await buildPack(files, committed.pack.manifest, editions)
    if (!rebuilt.ok) throw new Error(rebuilt.errors.join('\n'))
    expect(rebuilt.pack.manifest.contentHash).toBe(committed.pack.manifest.contentHash)
  })
})
