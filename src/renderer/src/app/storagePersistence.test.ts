import { describe, expect, it } from 'vitest'
import { askPersistentStorage } from './storagePersistence'

/** A storage manager with the browser's observable behaviour: persist() may grant once asked. */
function storage(opts: { already: boolean; grants: boolean; throws?: boolean }) {
  let persisted = opts.already
  let asked = 0
  return {
    get asked() {
      return asked
    },
    persisted: async () => persisted,
    persist: async () => {
      asked++
      if (opts.throws) throw new Error('not allowed')
      persisted = opts.grants
      return persisted
    },
    estimate: async () => ({ usage: 1024, quota: 1024 * 1024 })
  }
}

describe('asking for persistent storage', () => {
  it('does not ask again when already persistent', async () => {
    const s = storage({ already: true, grants: false })
    expect(await askPersistentStorage(s)).toEqual({ persistence: 'granted', usage: 1024, quota: 1024 * 1024 })
    expect(s.asked).toBe(0)
  })
  it('asks, and reports a refusal or an error as denied', async () => {
    const granted = storage({ already: false, grants: true })
    expect((await askPersistentStorage(granted)).persistence).toBe('granted')
    expect(granted.asked).toBe(1)
    expect((await askPersistentStorage(storage({ already: false, grants: false }))).persistence).toBe('denied')
    expect((await askPersistentStorage(storage({ already: false, grants: true, throws: true }))).persistence).toBe('denied')
  })
  it('says unsupported without a storage manager', async () => {
    expect(await askPersistentStorage(undefined)).toEqual({ persistence: 'unsupported' })
  })
})
