import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode'

const page = (head: string, body: string): string => `<!doctype html><html lang="fa"><head>${head}<title>خبر</title></head><body><p>${body}</p></body></html>`
const persian = 'سازمان نظام صنفی رایانه‌ای اعلام کرد ثبت‌نام غرفه‌داران بیست و هشتمین الکامپ از شنبه آغاز می‌شود. '.repeat(20)

describe('decoding imported files', () => {
  it('keeps a Persian UTF-8 file with one bad byte as UTF-8, replacing only that byte, and says so', () => {
    const good = Buffer.from(page('<meta charset="utf-8">', persian), 'utf8')
    const at = good.indexOf(Buffer.from('الکامپ', 'utf8'))
    const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)])
    const decoded = decodeBytes(damaged)
    expect(decoded.ok && decoded.encoding).toBe('utf-8')
    if (!decoded.ok) return
    expect(decoded.text).toContain('رایانه‌ای')
    expect(decoded.text).toContain('\uFFFDالکامپ')
    expect(decoded.note).toMatch(/1 damaged byte sequence/)
  })

  it('still reads a real Windows-1256 file (every letter invalid as UTF-8) as Windows-1256', () => {
    // «خبر الکامپ» in Windows-1256, repeated: nearly every non-ASCII byte breaks UTF-8.
    const win = Buffer.from([0xce, 0xc8, 0xd1, 0x20, 0xc7, 0xe1, 0x98, 0xc7, 0xe3, 0x81, 0x20])
    const bytes = Buffer.concat([Buffer.from('<html><body><p>', 'ascii'), ...Array.from({ length: 30 }, () => win), Buffer.from('</p></body></html>', 'ascii')])
    const decoded = decodeBytes(bytes)
    expect(decoded.ok && decoded.encoding).toBe('windows-1256')
    expect(decoded.ok && decoded.text).toContain('خبر الکامپ')
  })

  it('reads a UTF-8 page that wrongly declares utf-16 as UTF-8, as browsers do', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be']) {
      const decoded = decodeBytes(Buffer.from(page(`<meta charset="${label}">`, persian), 'utf8'))
      expect(decoded.ok && decoded.encoding).toBe('utf-8')
      expect(decoded.ok && decoded.text).toContain('بیست و هشتمین الکامپ')
    }
  })

  it('still honours a real UTF-16 file with its byte-order mark', () => {
    const text = page('<meta charset="utf-16">', persian)
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const decoded = decodeBytes(le)
    expect(decoded.ok && decoded.encoding).toBe('utf-16le')
    expect(decoded.ok && decoded.text).toContain('رایانه‌ای')
  })
})
