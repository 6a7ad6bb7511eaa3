import { citationEn, citationFa, dateEn, gregorianSpan, jalaliText, type CitationContext } from './citation'
import type { ExportArticle, ExportDocument, ExportEntry } from './document'
import { entryLocatorLine, provenanceText } from './locatorText'
import type { Language } from '../domain/language'

/**
 * The chosen articles and their annotations as reference-manager files: CSL-JSON, BibTeX and RIS,
 * all UTF-8 with Persian text as written. Each annotation becomes one note (RIS N1, BibTeX and
 * CSL `annote`), led by its quote and locator, so a researcher can cite it from Zotero.
 */

/** One annotation as a plain-text note: quote, locator (paragraph, date, original's address), meaning, note, tags. */
export function entryNoteText(e: ExportEntry, a: ExportArticle, lang: Language): string {
  const open = lang === 'fa' ? '«' : '“'
  const close = lang === 'fa' ? '»' : '”'
  const lines: string[] = []
  if (e.quote) lines.push(`${open}${e.quote}${close}`)
  const where = entryLocatorLine(e, lang, originalAddress(a))
  lines.push(e.colourLabel ? `(${where}${lang === 'fa' ? '؛' : ';'} ${e.colourLabel})` : `(${where})`)
  if (e.note) lines.push(e.note)
  if (e.tags.length > 0) lines.push(`${lang === 'fa' ? 'برچسب‌ها' : 'Tags'}: ${e.tags.join(lang === 'fa' ? '، ' : ', ')}`)
  return lines.join('\n')
}

/** The original's address is cited with each note for imported pages and digests (the archive's own articles carry none). */
export function originalAddress(a: ExportArticle): string | undefined {
  return a.url
}

const entriesOf = (a: ExportArticle): ExportEntry[] => a.groups.flatMap((g) => g.entries)
const ctxOf = (doc: ExportDocument): CitationContext => ({ archiveTitle: doc.archive.title })

/** What every file says about the item beyond its fields: the formatted citations, the Jalali date, digest status. */
function itemNote(a: ExportArticle, doc: ExportDocument): string {
  const lines = [citationFa(a, ctxOf(doc)), citationEn(a, ctxOf(doc))]
  const jalali = jalaliText(a.issued)
  if (jalali) lines.push(`تاریخ: ${jalali} — ${dateEn(a.issued)}`)
  else if (a.issued.event) lines.push(`${a.issued.event.fa} — ${a.issued.event.en}, date not stated`)
  if (a.kind === 'digest') lines.push('Digest: a summary by Bayegan’s editors of the report at the address above, not the report’s own text.')
  return lines.join('\n')
}

function summaryNotes(a: ExportArticle, lang: Language): string[] {
  return a.summaries.map((s) => {
    const label = s.lang === 'fa' ? (lang === 'fa' ? 'خلاصهٔ فارسی' : 'Persian summary') : lang === 'fa' ? 'خلاصهٔ انگلیسی' : 'English summary'
    return `${label} (${provenanceText(s, lang)}): ${s.text}`
  })
}

// ---------- CSL-JSON ----------

export interface CslDate {
  'date-parts': number[][]
}

export interface CslItem {
  id: string
  type: 'article-newspaper'
  title: string
  'container-title': string
  genre?: string
  URL?: string
  issued?: CslDate
  language: 'fa'
  abstract?: string
  keyword?: string
  archive: string
  archive_location: string
  note: string
  annote?: string
}

/** Gregorian date-parts at the precision known: a day, or the span of a Jalali month or year as a range. */
export function cslIssued(a: ExportArticle): CslDate | undefined {
  const span = gregorianSpan(a.issued)
  if (!span) return undefined
  if (span.precision === 'day') return { 'date-parts': [[span.start.year, span.start.month, span.start.day]] }
  if (span.precision === 'month') return { 'date-parts': [[span.start.year, span.start.month], [span.end.year, span.end.month]] }
  return { 'date-parts': [[span.start.year, span.start.month], [span.end.year, span.end.month]] }
}

export function toCslItems(doc: ExportDocument): CslItem[] {
  const keys = citationKeys(doc)
  return doc.articles.map((a, i) => {
    const issued = cslIssued(a)
    const abstract = a.summaries.find((s) => s.lang === 'fa')?.text ?? a.summaries[0]?.text
    const notes = entriesOf(a).map((e) => entryNoteText(e, a, doc.lang))
    return {
      id: keys[i] ?? a.id,
      type: 'article-newspaper',
      title: a.title,
      'container-title': a.source.name,
      ...(a.kind === 'digest' ? { genre: 'Digest (Bayegan editors’ summary of this report)' } : {}),
      ...(a.url ? { URL: a.url } : {}),
      ...(issued ? { issued } : {}),
      language: 'fa',
      ...(abstract ? { abstract } : {}),
      ...(a.tags.length > 0 ? { keyword: a.tags.join(', ') } : {}),
      archive: `${doc.archive.title} (Bayegan)`,
      archive_location: a.id,
      note: [itemNote(a, doc), ...summaryNotes(a, doc.lang)].join('\n'),
      ...(notes.length > 0 ? { annote: notes.join('\n\n') } : {})
    }
  })
}

export function renderCslJson(doc: ExportDocument): string {
  return `${JSON.stringify(toCslItems(doc), null, 2)}\n`
}

// ---------- BibTeX ----------

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const

/** Citation keys: ASCII, unique, from the archive id (Zotero and BibTeX both choke on other letters in keys). */
export function citationKeys(doc: ExportDocument): string[] {
  const seen = new Map<string, number>()
  return doc.articles.map((a) => {
    const base = `bayegan-${a.id}`.replace(/[^A-Za-z0-9_:-]/g, '_').slice(0, 80)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}-${n + 1}`
  })
}

/**
 * Text inside a braced BibTeX value: LaTeX's special characters escaped so they print as
 * themselves; Persian and every other letter stays UTF-8 as written (biber and Zotero read it).
 */
export function bibEscape(text: string): string {
  return text
    .replace(/[\\{}$&%#_^~<>|]/g, (c) => {
      switch (c) {
        case '\\':
          return '\\textbackslash{}'
        // In TeX's default text encoding < > | print as ¡ ¿ —; the text commands print them as themselves.
        case '<':
          return '\\textless{}'
        case '>':
          return '\\textgreater{}'
        case '|':
          return '\\textbar{}'
        case '^':
          return '\\textasciicircum{}'
        case '~':
          return '\\textasciitilde{}'
        default:
          return `\\${c}`
      }
    })
    .replace(/\r\n?/g, '\n')
}

/** A URL is verbatim in biblatex (and read as written by Zotero): only braces, which would unbalance the value, are percent-encoded. */
const bibUrl = (url: string): string => url.replace(/[{}]/g, encodeURIComponent)

const pad = (n: number): string => String(n).padStart(2, '0')

export function renderBibtex(doc: ExportDocument): string {
  const keys = citationKeys(doc)
  const entries = doc.articles.map((a, i) => {
    const span = gregorianSpan(a.issued)
    const fields: [string, string][] = [
      ['title', `{${bibEscape(a.title)}}`],
      ['journal', `{${bibEscape(a.source.name)}}`]
    ]
    if (span) {
      fields.push(['year', String(span.start.year)])
      if (span.precision === 'day') {
        fields.push(['month', MONTH_MACROS[span.start.month - 1] ?? 'jan'])
        fields.push(['date', `{${span.start.year}-${pad(span.start.month)}-${pad(span.start.day)}}`])
      } else {
        // A Jalali month or year straddles Gregorian months: biblatex's date range says so; month is left out rather than guessed.
        fields.push(['date', `{${span.start.year}-${pad(span.start.month)}/${span.end.year}-${pad(span.end.month)}}`])
      }
    }
    if (a.url) fields.push(['url', `{${bibUrl(a.url)}}`])
    fields.push(['langid', '{persian}'])
    if (a.kind === 'digest') fields.push(['type', '{Digest}'])
    fields.push(['note', `{${bibEscape(itemNote(a, doc))}}`])
    const abstract = a.summaries.find((s) => s.lang === 'fa')?.text ?? a.summaries[0]?.text
    if (abstract) fields.push(['abstract', `{${bibEscape(abstract)}}`])
    if (a.tags.length > 0) fields.push(['keywords', `{${bibEscape(a.tags.join(', '))}}`])
    const notes = [...summaryNotes(a, doc.lang), ...entriesOf(a).map((e) => entryNoteText(e, a, doc.lang))]
    if (notes.length > 0) fields.push(['annote', `{${bibEscape(notes.join('\n\n'))}}`])
    const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')
    return `@article{${keys[i]},\n${body}\n}\n`
  })
  return `% Bayegan export · ${bibEscape(doc.archive.title)} · ${doc.exportedAt} · UTF-8\n\n${entries.join('\n')}`
}

// ---------- RIS ----------

/** One RIS line; a value's own line breaks would end the field, so they become « / ». */
const ris = (tag: string, value: string): string => `${tag}  - ${value.replace(/\s*\r?\n\s*/g, ' / ').trim()}`

/**
 * RIS as Zotero's importer reads it: TY first and ER last for every record, CRLF line ends, PY a
 * four-digit year, DA as YYYY/MM/DD/ only when the day is known, one N1 per annotation.
 */
export function renderRis(doc: ExportDocument): string {
  const records = doc.articles.map((a) => {
    const span = gregorianSpan(a.issued)
    const lines = [ris('TY', 'NEWS'), ris('TI', a.title), ris('T2', a.source.name)]
    if (a.source.nameEn) lines.push(ris('T3', a.source.nameEn))
    if (span) {
      lines.push(ris('PY', String(span.start.year)))
      if (span.precision === 'day') lines.push(ris('DA', `${span.start.year}/${pad(span.start.month)}/${pad(span.start.day)}/`))
    }
    if (a.url) lines.push(ris('UR', a.url))
    lines.push(ris('LA', 'fa'))
    if (a.kind === 'digest') lines.push(ris('M3', 'Digest'))
    for (const tag of a.tags) lines.push(ris('KW', tag))
    const abstract = a.summaries.find((s) => s.lang === 'fa')?.text ?? a.summaries[0]?.text
    if (abstract) lines.push(ris('AB', abstract))
    lines.push(ris('DB', `${doc.archive.title} (Bayegan)`), ris('AN', a.id))
    lines.push(ris('N1', itemNote(a, doc)))
    for (const s of summaryNotes(a, doc.lang)) lines.push(ris('N1', s))
    for (const e of entriesOf(a)) lines.push(ris('N1', entryNoteText(e, a, doc.lang)))
    lines.push('ER  - ')
    return lines.join('\r\n')
  })
  return `${records.join('\r\n\r\n')}\r\n`
}
