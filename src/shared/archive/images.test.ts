import { describe, expect, it } from 'vitest'
import { imageHashOf, imageRef, sniffImageType } from './images'

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])))

describe('what a picture really is', () => {
  it('knows PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png')
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(sniffImageType(bytes('GIF89a', 1, 0))).toBe('image/gif')
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp')
  })

  it('refuses SVG, HTML pretending to be a picture, and short or empty files', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined()
    expect(sniffImageType(bytes('<html><body>not a png</body></html>'))).toBeUndefined()
    expect(sniffImageType(bytes(0x89, 'PN'))).toBeUndefined()
    expect(sniffImageType(new Uint8Array())).toBeUndefined()
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeUndefined()
  })

  it('names kept pictures by hash and reads only well-formed names back', () => {
    const hash = 'a'.repeat(64)
    expect(imageHashOf(imageRef(hash))).toBe(hash)
    expect(imageHashOf('#image-' + 'a'.repeat(63))).toBeUndefined()
    expect(imageHashOf('https://example.com/#image-' + hash)).toBeUndefined()
    expect(imageHashOf(null)).toBeUndefined()
  })
})
