import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { markupDepth } from './depthScan'

function domDepth(html: string): number {
  const { document } = parseHTML(html)
  interface Node {
    children: ArrayLike<Node>
  }
  const walk = (el: Node, d: number): number => Math.max(d, ...Array.from(el.children, (c) => walk(c, d + 1)))
  return walk(document.documentElement as unknown as Node, 1)
}

describe('nesting depth measured on the markup', () => {
  it('agrees with the parsed DOM on an ordinary news page', () => {
    const page = `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>الکامپ</title><script>if (a < b && c > d) { x = "<div><div>" }</script></head>
      <body><header><nav><ul><li><a href="/">خانه</a><li><a href="/news">اخبار</a></ul></nav></header>
      <main><article><h1>افتتاح الکامپ</h1><p>بند نخست<p>بند دوم با <b>تأکید</b><br>و ادامه<img src="x.jpg" alt="">
      <table><tr><td>۱<td>۲<tr><td>۳</table><!-- <div><div><div> --></article></main></body></html>`
    expect(markupDepth(page)).toBe(domDepth(page))
  })

  it('counts unclosed divs as the browser nests them', () => {
    const page = `<html><body>${'<div>'.repeat(300)}متن</body></html>`
    expect(markupDepth(page)).toBe(302)
  })

  it('stops early past the limit, so 300,000 nested elements are measured in a moment', () => {
    const page = `<html><body>${'<div>'.repeat(300_000)}</body></html>`
    expect(markupDepth(page, 256)).toBe(257)
  })

  it('does not count elements inside a textarea or comment, nor self-closed and void elements', () => {
    expect(markupDepth(`<div><textarea>${'<div>'.repeat(50)}</textarea><br/><svg><path/></svg></div>`)).toBe(2)
  })
})
