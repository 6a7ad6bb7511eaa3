import type { Language } from '../domain/language'
import type { PaperSize } from './options'

const COLOUR_CSS: Record<string, string> = { yellow: '#d9a400', blue: '#2f6fb3', green: '#2e8b57', red: '#c0392b', none: '#888888' }

/**
 * The print style. Page numbers are CSS @page margin boxes, which Chromium has drawn since 131:
 * `counter(page, persian)` gives Persian digits, which Chromium's footerTemplate cannot
 * (its pageNumber span always writes ASCII digits).
 */
export function exportCss(lang: Language, pageSize: PaperSize): string {
  const pageNumber =
    lang === 'fa'
      ? `content:counter(page,persian) " از " counter(pages,persian);direction:rtl`
      : `content:counter(page) " of " counter(pages);direction:ltr`
  const colours = Object.entries(COLOUR_CSS)
    .map(([name, value]) => `.label--${name}{background:${value}1f;border-color:${value}}.entry--${name} blockquote{border-color:${value}}`)
    .join('')
  return `
/* Only ever printed: on screen nothing is laid out (a big export took seconds to lay out for a window nobody sees, once before its fonts loaded and again after). The printer loads the fonts itself. */
@media screen{body{display:none}}
@page{size:${pageSize};margin:20mm 18mm 22mm;@bottom-center{${pageNumber};font-family:'Vazirmatn';font-size:9pt;color:#555}}
@page:first{@bottom-center{content:none}}
*{box-sizing:border-box}
html{font-family:'Vazirmatn',sans-serif;font-size:10.5pt;line-height:1.65;color:#1d1d1d}
body{margin:0}
h1,h2,h3{font-weight:700;line-height:1.4;break-after:avoid}
h1{font-size:24pt;margin:0 0 18pt}
h2{font-size:15pt;margin:0 0 6pt}
h3{font-size:11.5pt;margin:14pt 0 6pt}
p{margin:0 0 6pt}
code{font-family:'Vazirmatn',monospace;font-size:9.5pt;background:#f3f1ec;padding:0 3pt;border-radius:2pt}
a{color:#2f5a8a;text-decoration:none}
[dir=auto],.note p,.note li{unicode-bidi:plaintext}
.title-page{break-after:page;padding-top:70mm}
.title-page dl{display:grid;gap:6pt;margin:0}
.title-page dl div{display:flex;gap:10pt}
.title-page dt{font-weight:700;min-width:32mm}
.title-page dd{margin:0}
.title-page__counts{margin-top:14pt;color:#555}
.toc{break-after:page}
.toc__heading{font-size:15pt;font-weight:700;margin:0 0 8pt}
.toc ol{padding-inline-start:18pt;margin:0;list-style-type:${lang === 'fa' ? 'persian' : 'decimal'}}
.toc li{margin:0 0 3pt}
/* The title on its own lines; under it the note count, a dotted leader and the page number on one row, so the leader always joins the count to its page. The page slot has a fixed width so the second rendering lays out exactly like the first. */
.toc a{display:block;color:inherit}
.toc__title{display:block}
.toc__row{display:flex;align-items:last baseline;gap:4pt}
.toc__row::after{content:'';flex:1 1 8mm;order:1;border-bottom:1px dotted #999;min-width:8mm}
.toc__page{order:2;flex:0 0 11mm;text-align:end;font-variant-numeric:tabular-nums}
.toc__count{color:#666;font-size:9.5pt;white-space:nowrap}
/* Articles flow on from one another (a page each would double a big export's pages); the first starts a page. */
.art{padding-top:10pt}
.art+.art{border-top:1.5pt solid #ccc;margin-top:14pt}
.cite{margin:0 0 10pt;font-size:9.5pt;color:#444;border-block:1px solid #ddd;padding:4pt 0}
.cite div{display:flex;gap:8pt}
.cite dt{font-weight:700;min-width:26mm}
.cite dd{margin:0;overflow-wrap:anywhere}
.cite__url{text-align:left}
.cite__formatted{margin:0 0 10pt;font-size:9.5pt;color:#333}
.cite__formatted p{margin:0 0 3pt}
.cite__heading{font-weight:700}
.cite__lang{color:#666}
.digest{margin:0 0 8pt;padding:3pt 8pt;border:1px solid #c9a227;background:#fbf6e3;font-size:9.5pt}
.provenance{margin:0 0 3pt;font-size:9pt;color:#555}
.entry__where{margin:2pt 0 0;font-size:8.5pt;color:#666;padding-inline-start:13.5pt}
.summary p[lang=fa]{text-align:justify}
.kf ul{margin:0;padding:0;list-style:none}
.refs ol{margin:0;padding-inline-start:16pt}
.refs li{margin:0 0 3pt}
.refs__url{font-size:9pt;color:#555;word-break:break-all}
/* Each pair wraps as a whole, so a Persian figure never parts from its English gloss. */
.kf li{display:inline-block;margin:0 0 3pt;margin-inline-end:10pt;padding:0 5pt;background:#f5f3ee;border-radius:3pt}
.kf__en{color:#555;font-size:9.5pt}
.entry{break-inside:avoid;margin:0 0 12pt}
.entry__meta{margin:0 0 3pt;font-size:9pt;color:#555}
.entry__orphan{color:#a23}
.label{display:inline-block;border:1px solid;border-radius:8pt;padding:0 6pt;font-size:9pt;font-weight:700;color:#222}
.group{margin-top:16pt}
blockquote{margin:0 0 4pt;padding:2pt 10pt;border-inline-start:3.5pt solid #888;background:#faf8f3}
blockquote p{margin:0}
.note{margin:2pt 0 2pt;padding-inline-start:13.5pt}
.note ul,.note ol{margin:0 0 4pt;padding-inline-start:16pt}
.note ol{list-style-type:${lang === 'fa' ? 'persian' : 'decimal'}}
.tags{font-size:9pt;color:#555;padding-inline-start:13.5pt}
.tags__label{font-weight:700}
.tag{display:inline-block;background:#eee;border-radius:3pt;padding:0 4pt;margin-inline-end:3pt}
.empty{color:#666}
${colours}`
}
