import type { Colour } from '../domain/annotation'
import { citationParts, type CitePart } from './citation'
import type { ExportArticle, ExportDocument, ExportEntry } from './document'
import { escapeHtml as h, safeHref } from './escape'
import { exportDateText } from './exportDate'
import { LABELS, num, type ExportLabels } from './labels'
import { entryLocatorLine, provenanceText } from './locatorText'
import { noteHtml } from './noteHtml'
import type { PaperSize } from './options'
import { exportCss } from './styles'

/** One face of the bundled font, read by the main process and passed in so this module stays pure. */
export interface EmbeddedFont {
  weight: 400 | 700
  unicodeRange: string
  woff2Base64: string
}

export interface HtmlOptions {
  fonts: EmbeddedFont[]
  pageSize: PaperSize
  /**
   * The page each article's heading landed on, read from a first rendering. Without it the
   * contents keep a blank slot of the same width, so filling it in moves nothing.
   */
  tocPages?: readonly number[]
  /**
   * The first of two prints, read only for where the headings land: everything is laid out but
   * nothing is drawn (visibility does not change layout), so Chromium writes a small PDF fast.
   * The printer empties the style with id DRAFT_STYLE_ID before the final print.
   */
  draft?: boolean
}

/** The id of the draft print's style, which hides everything without moving anything. */
export const DRAFT_STYLE_ID = 'export-draft'
const DRAFT_STYLE = `<style id="${DRAFT_STYLE_ID}">*{visibility:hidden!important}</style>`

/** The id of article `index`'s heading: the contents link to it, so the PDF has a named destination there. */
export const headingId = (index: number): string => `article-${index + 1}-heading`

/** The id of the contents' page slot of article `index`, so a printer can fill it in place. */
export const tocPageId = (index: number): string => `toc-page-${index + 1}`

/** The contents are left out for a single article: a page for one line helps nobody. */
export function hasContents(doc: ExportDocument): boolean {
  return doc.articles.length > 1
}

/** No script, no network: only the inline style and the embedded fonts (and images as data:) may load. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

/**
 * The export document as one self-contained HTML page for printing: title page, contents, and per
 * article a citation and its notes. Every string from the document is escaped; the page numbers
 * come from CSS @page margin boxes (counter style `persian` in a Persian export).
 */
export function renderHtml(doc: ExportDocument, options: HtmlOptions): string {
  const l = LABELS[doc.lang]
  const dir = doc.lang === 'fa' ? 'rtl' : 'ltr'
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}" dir="${dir}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    `<title>${h(`${l.documentTitle} · ${doc.archive.title}`)}</title>`,
    `<style>${fontFaces(options.fonts)}${exportCss(doc.lang, options.pageSize)}</style>${options.draft ? DRAFT_STYLE : ''}</head><body>`,
    titlePage(doc, l),
    hasContents(doc) ? contents(doc, l, options.tocPages) : '',
    doc.articles.map((a, i) => articleHtml(a, i, doc, l)).join(''),
    '</body></html>'
  ].join('')
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const UNICODE_RANGE = /^[U+0-9A-Fa-f?,\s-]*$/

function fontFaces(fonts: EmbeddedFont[]): string {
  return fonts
    .map((f) => {
      // Checked, not escaped: these go inside <style>, where only a known alphabet is safe.
      if (!BASE64.test(f.woff2Base64) || !UNICODE_RANGE.test(f.unicodeRange)) throw new Error('A font for the export is malformed')
      return (
        `@font-face{font-family:'Vazirmatn';font-style:normal;font-weight:${f.weight === 700 ? 700 : 400};` +
        `src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2');unicode-range:${f.unicodeRange}}`
      )
    })
    .join('')
}

function titlePage(doc: ExportDocument, l: ExportLabels): string {
  const count = doc.articles.reduce((n, a) => n + a.groups.reduce((m, g) => m + g.entries.length, 0), 0)
  const row = (label: string, value: string, attrs = 'dir="auto"'): string => `<div><dt>${h(label)}</dt><dd ${attrs}>${h(value)}</dd></div>`
  return (
    `<section class="title-page"><h1>${h(l.documentTitle)}</h1><dl>` +
    row(l.archive, doc.archive.title) +
    row(l.scope, doc.scopeLabel) +
    row(l.exportedOn, exportDateText(doc.exportedAt, doc.lang)) +
    `</dl><p class="title-page__counts">${h(l.counts(doc.articles.length, count))}</p></section>`
  )
}

function contents(doc: ExportDocument, l: ExportLabels, pages: readonly number[] | undefined): string {
  const items = doc.articles.map((a, i) => {
    const n = a.groups.reduce((m, g) => m + g.entries.length, 0)
    const page = pages?.[i]
    const slot = page === undefined ? '&nbsp;' : h(num(page, doc.lang))
    return (
      `<li><a href="#${headingId(i)}"><span class="toc__title" lang="fa" dir="auto">${h(a.title)}</span>` +
      `<span class="toc__row"><span class="toc__count">(${h(l.noteCount(n))})</span><span class="toc__page" id="${tocPageId(i)}" aria-label="${h(l.pageColumn)}">${slot}</span></span></a></li>`
    )
  })
  // A paragraph, not a heading: the contents list needs no bookmark of its own.
  return `<nav class="toc" aria-label="${h(l.contents)}"><p class="toc__heading">${h(l.contents)}</p><ol>${items.join('')}</ol></nav>`
}

function articleHtml(a: ExportArticle, index: number, doc: ExportDocument, l: ExportLabels): string {
  const parts = [
    `<article class="art" id="article-${index + 1}">`,
    `<h2 lang="fa" dir="rtl" id="${headingId(index)}">${h(a.title)}</h2>`,
    a.kind === 'digest' ? `<p class="digest">${h(l.digest)}</p>` : '',
    citation(a, doc, l)
  ]
  if (a.tags.length > 0) parts.push(tagList(a.tags, l))
  for (const s of a.summaries) {
    const label = s.lang === 'fa' ? l.summaryFa : l.summaryEn
    const dir = s.lang === 'fa' ? 'rtl' : 'ltr'
    parts.push(
      `<section class="summary"><h3>${h(label)}</h3><p class="provenance provenance--${s.provenance}">${h(l.provenance)}: ${h(provenanceText(s, doc.lang))}</p>` +
        `<p lang="${s.lang}" dir="${dir}">${h(s.text)}</p></section>`
    )
  }
  if (a.keyFigures.length > 0) {
    // The dash sits between the two isolated runs, so it separates them in either paragraph direction.
    const rows = a.keyFigures.map((f) => `<li><span lang="fa" dir="rtl">${h(f.fa)}</span> — <span class="kf__en" lang="en" dir="ltr">${h(f.en)}</span></li>`)
    parts.push(`<section class="kf"><h3>${h(l.keyFigures)}</h3><ul>${rows.join('')}</ul></section>`)
  }
  if (a.references && a.references.length > 0) parts.push(referencesHtml(a.references, l))
  if (a.groups.length > 0) parts.push(`<h3 class="notes-heading">${h(l.notes)}</h3>`)
  for (const g of a.groups) {
    if (g.label) parts.push(`<h3 class="group">${colourLabel(g.colour, g.label)}</h3>`)
    parts.push(g.entries.map((e) => entryHtml(e, l, g.label === null, doc, a)).join(''))
  }
  if (a.groups.length === 0) parts.push(`<p class="empty">${h(l.noAnnotations)}</p>`)
  parts.push('</article>')
  return parts.join('')
}

/** The article's links, numbered, each with the words it was on and its address (clickable when http(s)). */
function referencesHtml(references: NonNullable<ExportArticle['references']>, l: ExportLabels): string {
  const rows = references.map((r) => {
    const href = safeHref(r.url)
    const address = href ? `<a href="${h(href)}">${h(r.url)}</a>` : h(r.url)
    return `<li><span lang="fa" dir="auto">${h(r.text)}</span> — <span class="refs__url" dir="ltr">${address}</span></li>`
  })
  return `<section class="refs"><h3>${h(l.references)}</h3><ol>${rows.join('')}</ol></section>`
}

function citation(a: ExportArticle, doc: ExportDocument, l: ExportLabels): string {
  const source = a.source.nameEn ? `${a.source.name} (${a.source.nameEn})` : a.source.name
  const date = a.published.secondary ? `${a.published.primary} (${a.published.secondary})` : a.published.primary
  const href = safeHref(a.url)
  const url = a.url
    ? `<dd dir="ltr" class="cite__url">${href ? `<a href="${h(href)}">${h(a.url)}</a>` : h(a.url)}</dd>`
    : null
  const rows = [
    `<div><dt>${h(l.source)}</dt><dd dir="auto">${h(source)}</dd></div>`,
    `<div><dt>${h(l.date)}</dt><dd dir="auto">${h(date)}</dd></div>`,
    url ? `<div><dt>${h(l.url)}</dt>${url}</div>` : '',
    `<div><dt>${h(l.archiveId)}</dt><dd dir="ltr"><code>${h(a.id)}</code></dd></div>`
  ]
  const ctx = { archiveTitle: doc.archive.title }
  const formatted =
    `<div class="cite__formatted"><p class="cite__heading">${h(l.citation)}</p>` +
    `<p lang="fa" dir="rtl"><bdi class="cite__lang">${h(l.citationFa)}</bdi>: ${citeHtml(citationParts(a, ctx, 'fa'))}</p>` +
    `<p lang="en" dir="ltr"><bdi class="cite__lang">${h(l.citationEn)}</bdi>: ${citeHtml(citationParts(a, ctx, 'en'))}</p></div>`
  return `<dl class="cite" lang="${doc.lang}">${rows.join('')}</dl>${formatted}`
}

/** Names, titles and addresses in their own isolate, so each keeps its direction inside the other language's sentence. */
function citeHtml(parts: readonly CitePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? h(p) : `<bdi>${h(p.isolate)}</bdi>`)).join('')
}

function colourLabel(colour: Colour | null, label: string): string {
  return `<span class="label label--${colour ?? 'none'}" dir="auto">${h(label)}</span>`
}

function entryHtml(e: ExportEntry, l: ExportLabels, showColour: boolean, doc: ExportDocument, a: ExportArticle): string {
  const parts = [`<section class="entry entry--${e.colour ?? 'none'}">`]
  const meta: string[] = []
  if (showColour && e.colour && e.colourLabel) meta.push(colourLabel(e.colour, e.colourLabel))
  if (!e.target) meta.push(`<span class="entry__kind">${h(l.articleNote)}</span>`)
  if (e.orphan) meta.push(`<span class="entry__orphan">${h(l.orphan)}</span>`)
  if (meta.length > 0) parts.push(`<p class="entry__meta">${meta.join(' ')}</p>`)
  if (e.quote) parts.push(`<blockquote lang="fa" dir="rtl"><p>${h(e.quote)}</p></blockquote>`)
  if (e.note) parts.push(`<div class="note" aria-label="${h(l.note)}">${noteHtml(e.note)}</div>`)
  if (e.tags.length > 0) parts.push(tagList(e.tags, l))
  parts.push(`<p class="entry__where" aria-label="${h(l.locator)}" dir="auto">${h(entryLocatorLine(e, doc.lang, a.url))}</p>`)
  parts.push('</section>')
  return parts.join('')
}

function tagList(tags: string[], l: ExportLabels): string {
  return `<p class="tags"><span class="tags__label">${h(l.tags)}:</span> ${tags.map((t) => `<span class="tag" dir="auto">${h(t)}</span>`).join(' ')}</p>`
}
