import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}'
    )
  })
  it('is independent of key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }))
  })
  it('omits undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'v' })).toBe('{"b":"v"}')
  })
  it('keeps Persian text and ZWNJ exactly, escaping only what JSON requires', () => {
    expect(canonicalJson({ t: 'کسب\u200cوکار "x"\n' })).toBe('{"t":"کسب\u200cوکار \\"x\\"\\n"}')
  })
  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/)
    expect(() => canonicalJson([undefined])).toThrow(/undefined/)
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/)
  })
})
