import { describe, expect, it } from 'vitest'
import { chordLabel, matches } from './commands'
import { KeyRegistry } from './registry'

function key(code: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>> = {}, target: unknown = null): KeyboardEvent {
  let prevented = false
  return {
    code,
    key: '?',
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    metaKey: false,
    isComposing: false,
    target,
    get defaultPrevented() {
      return prevented
    },
    preventDefault() {
      prevented = true
    },
    stopPropagation() {},
    ...mods
  } as unknown as KeyboardEvent
}

describe('KeyRegistry', () => {
  it('matches the physical key, whatever the layout types', () => {
    const r = new KeyRegistry()
    let opened = 0
    r.bind('search.open', () => void opened++)
    // A Persian layout types «ن» on the K key: the code is still KeyK.
    expect(r.handle(key('KeyK', { ctrlKey: true }))).toBe(true)
    expect(r.handle(key('KeyK'))).toBe(false)
    expect(opened).toBe(1)
  })

  it("gives Escape to the topmost layer only: a modal's Escape does not leave the reader", () => {
    const r = new KeyRegistry()
    const calls: string[] = []
    r.bind('reader.back', () => void calls.push('back'))
    const modal = r.newLayer()
    r.openLayer(modal)
    r.bind('dialog.close', () => void calls.push('close'), modal)
    r.handle(key('Escape'))
    expect(calls).toEqual(['close'])
    r.closeLayer(modal)
    r.handle(key('Escape'))
    expect(calls).toEqual(['close', 'back'])
  })

  it('lets the latest binding of a layer win, and a handler returning false pass the key on', () => {
    const r = new KeyRegistry()
    const calls: string[] = []
    r.bind('reader.back', () => void calls.push('back'))
    const unbind = r.bind('reader.back', () => {
      calls.push('selection')
      return calls.length < 2
    })
    r.handle(key('Escape'))
    r.handle(key('Escape'))
    unbind()
    r.handle(key('Escape'))
    expect(calls).toEqual(['selection', 'selection', 'back', 'back'])
  })

  it('keeps plain keys away from text fields but lets Ctrl chords through', () => {
    const r = new KeyRegistry()
    const calls: string[] = []
    r.bind('annotate.note', () => void calls.push('note'))
    r.bind('search.open', () => void calls.push('search'))
    const field = { tagName: 'INPUT', isContentEditable: false }
    r.handle(key('KeyN', {}, field))
    r.handle(key('KeyK', { ctrlKey: true }, field))
    expect(calls).toEqual(['search'])
  })

  it('ignores events already handled by a field', () => {
    const r = new KeyRegistry()
    let n = 0
    r.bind('reader.back', () => void n++)
    const e = key('Escape')
    e.preventDefault()
    expect(r.handle(e)).toBe(false)
    expect(n).toBe(0)
  })
})

describe('chords', () => {
  it('reads a numpad digit as the digit and names keys for tooltips', () => {
    expect(matches({ code: 'Digit2' }, key('Numpad2'))).toBe(true)
    expect(matches({ code: 'Digit2' }, key('Digit2', { shiftKey: true }))).toBe(false)
    expect(chordLabel({ code: 'KeyK', ctrl: true })).toBe('Ctrl+K')
    expect(chordLabel({ code: 'Slash', shift: true })).toBe('?')
    expect(chordLabel({ code: 'ArrowLeft', shift: true })).toBe('Shift+←')
  })
})
