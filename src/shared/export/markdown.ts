import { citationEn, citationFa } from './citation'
import type { ExportArticle, ExportDocument, ExportEntry } from './document'
import { escapeMarkdown as md, inertMarkdown } from './escape'
import { exportDateText } from './exportDate'
import { LABELS, type ExportLabels } from './labels'
import { entryLocatorLine, provenanceText } from './locatorText'

/**
 * The export document as Markdown: the same sections as the PDF. Titles, quotes and tags are
 * escaped to read literally; notes keep their light Markdown with raw HTML made inert.
 */
export function renderMarkdown(doc: ExportDocument): string {
  const l = LABELS[doc.lang]
  const count = doc.articles.reduce((n, a) => n + a.groups.reduce((m, g) => m + g.entries.length, 0), 0)
  const out: string[] = [
    `# ${md(l.documentTitle)}`,
    '',
    `- **${md(l.archive)}:** ${md(doc.archive.title)}`,
    `- **${md(l.scope)}:** ${md(doc.scopeLabel)}`,
    `- **${md(l.exportedOn)}:** ${md(exportDateText(doc.exportedAt, doc.lang))}`,
    `- ${md(l.counts(doc.articles.length, count))}`,
    ''
  ]
  if (doc.articles.length > 1) out.push(`## ${md(l.contents)}`, '', ...doc.articles.map((a, i) => `${i + 1}. ${md(a.title)}`), '')
  for (const a of doc.articles) out.push(...articleMd(a, l, doc))
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

function articleMd(a: ExportArticle, l: ExportLabels, doc: ExportDocument): string[] {
  const source = a.source.nameEn ? `${a.source.name} (${a.source.nameEn})` : a.source.name
  const date = a.published.secondary ? `${a.published.primary} (${a.published.secondary})` : a.published.primary
  const out = [
    `## ${md(a.title)}`,
    '',
    `- **${md(l.source)}:** ${md(source)}`,
    `- **${md(l.date)}:** ${md(date)}`,
    ...(a.url ? [`- **${md(l.url)}:** <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`] : []),
    `- **${md(l.archiveId)}:** \`${a.id.replace(/`/g, '')}\``,
    ...(a.tags.length > 0 ? [`- **${md(l.tags)}:** ${a.tags.map(md).join('، ')}`] : []),
    ''
  ]
  if (a.kind === 'digest') out.push(`> ${md(l.digest)}`, '')
  const ctx = { archiveTitle: doc.archive.title }
  out.push(`**${md(l.citation)}**`, '', `- ${md(l.citationFa)}: ${md(citationFa(a, ctx))}`, `- ${md(l.citationEn)}: ${md(citationEn(a, ctx))}`, '')
  for (const s of a.summaries) {
    out.push(`### ${md(s.lang === 'fa' ? l.summaryFa : l.summaryEn)}`, '', `*${md(l.provenance)}: ${md(provenanceText(s, doc.lang))}*`, '', md(s.text), '')
  }
  if (a.keyFigures.length > 0) {
    out.push(`### ${md(l.keyFigures)}`, '', ...a.keyFigures.map((f) => `- ${md(f.fa)} — ${md(f.en)}`), '')
  }
  if (a.references && a.references.length > 0) {
    out.push(`### ${md(l.references)}`, '', ...a.references.map((r, i) => `${i + 1}. ${md(r.text)} — <${r.url.replace(/[<>\s]/g, encodeURIComponent)}>`), '')
  }
  if (a.groups.length > 0) out.push(`### ${md(l.notes)}`, '')
  for (const g of a.groups) {
    if (g.label) out.push(`#### ${md(g.label)}`, '')
    for (const e of g.entries) out.push(...entryMd(e, l, g.label === null, doc, a))
  }
  if (a.groups.length === 0) out.push(md(l.noAnnotations), '')
  return out
}

function entryMd(e: ExportEntry, l: ExportLabels, showColour: boolean, doc: ExportDocument, a: ExportArticle): string[] {
  const out: string[] = []
  const meta: string[] = []
  if (showColour && e.colourLabel) meta.push(`**${md(e.colourLabel)}**`)
  if (!e.target) meta.push(`*${md(l.articleNote)}*`)
  if (e.orphan) meta.push(`*${md(l.orphan)}*`)
  if (meta.length > 0) out.push(meta.join(' · '), '')
  if (e.quote) out.push(...e.quote.split(/\r?\n/).map((line) => `> ${md(line)}`), '')
  if (e.note) out.push(inertMarkdown(e.note).trim(), '')
  if (e.tags.length > 0) out.push(`*${md(l.tags)}:* ${e.tags.map(md).join('، ')}`, '')
  out.push(`*${md(l.locator)}: ${md(entryLocatorLine(e, doc.lang, a.url))}*`, '')
  out.push('---', '')
  return out
}
