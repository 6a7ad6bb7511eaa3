import type { Language } from '../domain/language'
import { toPersianDigits } from '../dates'
import type { ExportScope } from './options'

/**
 * The exported document's own words. The export is made from pure shared code with no i18next,
 * so its few labels live here, in both heading languages.
 */
export interface ExportLabels {
  documentTitle: string
  archive: string
  scope: string
  exportedOn: string
  contents: string
  counts: (articles: number, annotations: number) => string
  noteCount: (annotations: number) => string
  notes: string
  source: string
  date: string
  url: string
  archiveId: string
  tags: string
  note: string
  summaryFa: string
  summaryEn: string
  keyFigures: string
  references: string
  orphan: string
  articleNote: string
  noColour: string
  noAnnotations: string
  of: string
  scopes: Record<ExportScope['kind'], string>
  citation: string
  citationFa: string
  citationEn: string
  provenance: string
  locator: string
  digest: string
  pageColumn: string
}

export const LABELS: Record<Language, ExportLabels> = {
  fa: {
    documentTitle: 'یادداشت‌های پژوهشی',
    archive: 'بایگانی',
    scope: 'دامنه',
    exportedOn: 'تاریخ برون‌بری',
    contents: 'فهرست',
    counts: (a, n) => `${toPersianDigits(a)} مقاله، ${toPersianDigits(n)} یادداشت`,
    noteCount: (n) => `${toPersianDigits(n)} یادداشت`,
    notes: 'یادداشت‌ها',
    source: 'منبع',
    date: 'تاریخ',
    url: 'نشانی',
    archiveId: 'شناسه در بایگانی',
    tags: 'برچسب‌ها',
    note: 'یادداشت',
    summaryFa: 'خلاصهٔ فارسی',
    summaryEn: 'خلاصهٔ انگلیسی',
    keyFigures: 'اعداد کلیدی',
    references: 'پیوندهای متن',
    orphan: 'جای این برجسته‌سازی در متن کنونی پیدا نشد',
    articleNote: 'یادداشت دربارهٔ کل مقاله',
    noColour: 'بی‌رنگ',
    noAnnotations: 'یادداشتی ندارد.',
    of: 'از',
    scopes: { article: 'این مقاله', articles: 'مقاله‌های برگزیده', tag: 'برچسب', colour: 'رنگ', all: 'همه' },
    citation: 'ارجاع',
    citationFa: 'فارسی',
    citationEn: 'انگلیسی',
    provenance: 'خاستگاه',
    locator: 'جای یادداشت',
    digest: 'چکیده: این متن خلاصه‌ای است که ویراستاران بایگان از گزارش منبع نوشته‌اند، نه متن خود گزارش.',
    pageColumn: 'صفحه'
  },
  en: {
    documentTitle: 'Research notes',
    archive: 'Archive',
    scope: 'Scope',
    exportedOn: 'Exported on',
    contents: 'Contents',
    counts: (a, n) => `${a} ${a === 1 ? 'article' : 'articles'}, ${n} ${n === 1 ? 'annotation' : 'annotations'}`,
    noteCount: (n) => `${n} ${n === 1 ? 'annotation' : 'annotations'}`,
    notes: 'Annotations',
    source: 'Source',
    date: 'Date',
    url: 'URL',
    archiveId: 'Archive id',
    tags: 'Tags',
    note: 'Note',
    summaryFa: 'Persian summary',
    summaryEn: 'English summary',
    keyFigures: 'Key figures',
    references: 'Links in the text',
    orphan: 'This highlight could not be found in the current text',
    articleNote: 'Note on the whole article',
    noColour: 'No colour',
    noAnnotations: 'No annotations.',
    of: 'of',
    scopes: { article: 'This article', articles: 'Selected articles', tag: 'Tag', colour: 'Colour', all: 'Everything' },
    citation: 'Cite as',
    citationFa: 'Persian',
    citationEn: 'English',
    provenance: 'Source of this summary',
    locator: 'Where',
    digest: 'Digest: a summary Bayegan’s editors wrote of the outlet’s report, not the report’s own text.',
    pageColumn: 'Page'
  }
}

/** Numbers as the heading language writes them. */
export function num(value: number | string, lang: Language): string {
  return lang === 'fa' ? toPersianDigits(value) : String(value)
}
