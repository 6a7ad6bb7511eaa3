import { describe, expect, it } from 'vitest'
import { originalUrlKey } from './urlKey'

describe('originalUrlKey', () => {
  it('gives one key for the usual spellings of one address', () => {
    const key = originalUrlKey('https://www.example.ir/news/12/الکامپ-۲۴')
    expect(key).toBe('example.ir/news/12/الکامپ-۲۴')
    for (const spelling of [
      'http://example.ir/news/12/الکامپ-۲۴/',
      'https://WWW.Example.ir/news/12/%D8%A7%D9%84%DA%A9%D8%A7%D9%85%D9%BE-%DB%B2%DB%B4',
      'https://example.ir/news/12/الکامپ-۲۴?utm_source=x&fbclid=y#comments',
      '  https://example.ir/news/12/الکامپ-۲۴  '
    ]) {
      expect(originalUrlKey(spelling), spelling).toBe(key)
    }
  })
  it('keeps what tells pages apart: other paths, real query parameters (in any order)', () => {
    expect(originalUrlKey('https://example.ir/news/13')).not.toBe(originalUrlKey('https://example.ir/news/12'))
    expect(originalUrlKey('https://example.ir/view?id=1&p=2')).toBe(originalUrlKey('https://example.ir/view?p=2&id=1'))
    expect(originalUrlKey('https://example.ir/view?id=1')).not.toBe(originalUrlKey('https://example.ir/view?id=2'))
  })
  it('refuses what is not a web address', () => {
    expect(originalUrlKey('not a url')).toBeUndefined()
    expect(originalUrlKey('file:///home/x.html')).toBeUndefined()
    expect(originalUrlKey('javascript:alert(1)')).toBeUndefined()
  })
})
