import { describe, expect, it } from 'vitest'
import { chatCompletionsUrl, isLoopbackHost } from './endpoint'

describe('isLoopbackHost', () => {
  it.each(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'LOCALHOST'])('accepts %s', (h) => expect(isLoopbackHost(h)).toBe(true))
  it.each(['192.168.1.2', '10.0.0.1', '127.0.0.1.nip.io', 'localhost.example.com', '0.0.0.0', '[::2]'])('refuses %s', (h) =>
    expect(isLoopbackHost(h)).toBe(false)
  )
  it('sees through numeric spellings of 127.0.0.1 once URL has normalised them', () => {
    expect(isLoopbackHost(new URL('http://2130706433/').hostname)).toBe(true)
    expect(isLoopbackHost(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true)
  })
})

describe('chatCompletionsUrl', () => {
  it.each([
    ['http://127.0.0.1:11434', 'http://127.0.0.1:11434/v1/chat/completions'],
    ['http://localhost:8080/v1/', 'http://localhost:8080/v1/chat/completions'],
    ['http://localhost:1234/v1/chat/completions?x=1', 'http://localhost:1234/v1/chat/completions']
  ])('%s → %s', (input, expected) => expect(chatCompletionsUrl(input, false).href).toBe(expected))

  it('rejects credentials in the URL', () => {
    expect(() => chatCompletionsUrl('http://u:p@localhost:1', false)).toThrow(/credentials/)
  })
})
