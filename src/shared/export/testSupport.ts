import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ArchiveItem, Pack } from '../archive/schema'
import { readingTextOf } from '../article/readingText'
import type { Annotation, Colour } from '../domain/annotation'
import type { ExportSource } from './buildDocument'
import { INCLUDE_ALL, type ExportOptions } from './options'

const PACK = fileURLToPath(new URL('../../../resources/archive/elecomp.pack.json', import.meta.url))

export function seedItem(): ArchiveItem {
  const pack = JSON.parse(readFileSync(PACK, 'utf8')) as Pack
  const item = pack.items[0]
  if (!item) throw new Error('the bundled pack has no seed')
  return item
}

export function otherItem(id: string, title: string, year: number): ArchiveItem {
  return {
    id,
    title,
    body: [{ kind: 'paragraph', text: `متن ${title}: گزارش درباره 5G و ۲۸۶ میلیون تراکنش.` }],
    source: { name: 'دیجیاتو', nameEn: 'Digiato' },
    url: `https://example.com/${id}`,
    published: { precision: 'day', jalali: { year, month: 4, day: 8 } },
    tags: ['الکامپ'],
    summaries: [{ lang: 'fa', text: `خلاصهٔ ${title}`, provenance: 'curated' }],
    contentHash: 'a'.repeat(64)
  }
}

let counter = 0

/** A highlight on `exact` where it first occurs in the item's reading text (or an article note when exact is null). */
export function annotate(item: ArchiveItem, exact: string | null, extra: Partial<Annotation> = {}): Annotation {
  counter += 1
  const text = readingTextOf(item).text
  const start = exact === null ? -1 : text.indexOf(exact)
  if (exact !== null && start < 0) throw new Error(`"${exact}" is not in ${item.id}`)
  const stamp = `2026-11-${String(10 + (counter % 18)).padStart(2, '0')}T10:00:00.000Z`
  return {
    id: `ann-${counter}`,
    articleId: item.id,
    target:
      exact === null
        ? null
        : {
            contentHash: item.contentHash,
            selectors: [
              { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
              { type: 'TextPositionSelector', start, end: start + exact.length }
            ]
          },
    quote: exact,
    colour: 'yellow' as Colour,
    note: '',
    tags: [],
    orphan: false,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...extra
  }
}

export function source(items: ArchiveItem[], annotations: Annotation[]): ExportSource {
  return {
    archive: { id: 'elecomp', title: 'اخبار الکامپ ۲۷' },
    articles: items.map((item, i) => ({ item, sortKey: (i + 1) * 1000 })),
    annotations,
    summaries: []
  }
}

export function options(extra: Partial<ExportOptions> = {}): ExportOptions {
  return { scope: { kind: 'all' }, include: INCLUDE_ALL, order: 'reading', lang: 'fa', ...extra }
}

export const NOW = new Date('2026-11-30T09:00:00Z')

/**
 * A digest as issue 12 will mark it (`kind: 'digest'`): our editors' words about one outlet's
 * report, with the report's address and its date at the precision the page gives (a month here).
 */
export function digestItem(): ArchiveItem {
  const item: ArchiveItem & { kind: 'digest' } = {
    ...otherItem('digest-itna-1403', 'به گزارش ایتنا: نمایشگاه با ۴۰۰ غرفه\u200cدار برگزار شد', 1403),
    kind: 'digest',
    source: { name: 'ایتنا', nameEn: 'ITNA', url: 'https://www.itna.ir/' },
    url: 'https://www.itna.ir/news/12345/elecomp-report?ref=a_b&x=1%20y',
    published: { precision: 'month', jalali: { year: 1403, month: 4 } }
  }
  return item
}
