import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../shared/archive/hash'
import { nodeSha256Hex } from './nodeSha256'

describe('nodeSha256Hex', () => {
  it('gives the Web Crypto digest for Persian text, half-spaces, emoji and broken surrogates', async () => {
    const texts = ['', 'abc', 'نمایشگاه الکامپ\u200cها', 'كيك ي ۱۴۰۲', '😀 mixed متن', 'lone \ud800 surrogate', '\udc00']
    for (const text of texts) expect(nodeSha256Hex(text)).toBe(await sha256Hex(text))
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})
