import { describe, expect, it } from 'vitest'
import { isTrustedRendererUrl } from './trustedOrigin'

describe('isTrustedRendererUrl', () => {
  it('trusts the app origin only', () => {
    expect(isTrustedRendererUrl('app://bayegan/index.html')).toBe(true)
    expect(isTrustedRendererUrl('app://evil/index.html')).toBe(false)
    expect(isTrustedRendererUrl('https://bayegan/index.html')).toBe(false)
    expect(isTrustedRendererUrl('file:///etc/passwd')).toBe(false)
    expect(isTrustedRendererUrl('not a url')).toBe(false)
  })
  it('trusts the dev server origin only when one is given', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false)
    expect(isTrustedRendererUrl('http://localhost:5173/x')).toBe(false)
  })
})
