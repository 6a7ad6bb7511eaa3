import { describe, expect, it } from 'vitest'
import { mhtmlResolver } from './resources'

describe('mhtmlResolver', () => {
  const png = { contentType: 'image/png', bytes: Uint8Array.from([1, 2, 3]) }
  const css = { contentType: 'text/css', bytes: Uint8Array.from([4]) }
  const resources = new Map([
    ['https://fanpars.example/img/a.png', png],
    ['cid:css-1@mhtml.blink', css]
  ])
  const resolve = mhtmlResolver(resources, 'https://fanpars.example/news/1403/item')

  it('finds a part by the address as written, relative to the page, without the fragment, and by cid', () => {
    expect(resolve('https://fanpars.example/img/a.png')).toBe(png)
    expect(resolve('../../img/a.png')).toBe(png)
    expect(resolve('/img/a.png#top')).toBe(png)
    expect(resolve('cid:css-1@mhtml.blink')).toBe(css)
    expect(resolve('cid:<css-1@mhtml.blink>')).toBe(css)
  })
  it('knows nothing else: other hosts, bad addresses, nothing is fetched', () => {
    expect(resolve('https://elsewhere.example/img/a.png')).toBeUndefined()
    expect(resolve('http://[bad')).toBeUndefined()
    expect(resolve('')).toBeUndefined()
    expect(mhtmlResolver(resources)('img/a.png')).toBeUndefined()
  })
})
