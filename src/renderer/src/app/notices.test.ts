import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { HostBridge } from '@shared/host/contract'
import { dispatch } from '@shared/host/dispatch'
import { createHandlers } from '../../../main/handlers'
import { testPlatform } from '../../../testSupport/platform'
import { openDatabase, type BayeganDb } from '../db/database'
import { createAppServices, type AppServices } from './createAppServices'
import { classifyWriteError, createNotices } from './notices'

const dbs: BayeganDb[] = []
let n = 0
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

function services(): AppServices {
  const db = openDatabase(`notices-${n++}`)
  dbs.push(db)
  const handlers = createHandlers(testPlatform())
  const bridge: HostBridge = { invoke: ((channel: string, payload: unknown) => dispatch(handlers, channel, payload)) as HostBridge['invoke'] }
  return createAppServices({ db, bridge, searchWorker: { postMessage: () => {}, addEventListener: () => {} } })
}

describe('failed writes', () => {
  it('a note over the limit is not written, the saved note stays, and the researcher is told why and what was kept', async () => {
    const s = services()
    const { after } = await s.annotations.create({ articleId: 'a', target: null, colour: null, note: 'یادداشت پیشین' })
    await expect(s.annotations.update(after.id, { note: 'ن'.repeat(60_000) })).rejects.toThrow()
    expect((await s.annotations.listFor('a'))[0]?.note).toBe('یادداشت پیشین')
    expect(s.notices.list()).toEqual([expect.objectContaining({ what: 'note', reason: 'too-long', kept: 'draft' })])
  })

  it('a summary over the limit and a setting that cannot be stored are told too', async () => {
    const s = services()
    await expect(s.summaries.save({ articleId: 'a', lang: 'fa', text: 'خ'.repeat(200_000) })).rejects.toThrow()
    await expect(s.settings.write('reader.textSize', () => 1)).rejects.toThrow() // a function cannot be cloned into IndexedDB
    expect(s.notices.list().map((x) => [x.what, x.kept])).toEqual([
      ['summary', 'draft'],
      ['setting', 'previous']
    ])
  })
})

describe('classifying a write error', () => {
  it('names the storage quota, through Dexie’s wrapping too', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(classifyWriteError(quota).reason).toBe('quota')
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota })
    expect(classifyWriteError(wrapped).reason).toBe('quota')
  })
  it('tells a limit from other schema failures', () => {
    const tooLong = z.string().max(3).safeParse('long')
    const wrong = z.number().safeParse('x')
    expect(classifyWriteError(tooLong.error).reason).toBe('too-long')
    expect(classifyWriteError(wrong.error).reason).toBe('invalid')
    expect(classifyWriteError(new Error('boom')).reason).toBe('other')
  })
})

describe('the notice list', () => {
  it('replaces a repeated failure instead of stacking it, and keeps at most five', () => {
    const notices = createNotices()
    notices.post({ what: 'note', reason: 'quota', kept: 'draft', detail: '1' })
    notices.post({ what: 'note', reason: 'quota', kept: 'draft', detail: '2' })
    expect(notices.list().map((x) => x.detail)).toEqual(['2'])
    for (const what of ['annotation', 'summary', 'setting', 'position', 'article-journal'] as const) notices.post({ what, reason: 'other', kept: 'previous', detail: what })
    expect(notices.list()).toHaveLength(5)
    notices.dismiss(notices.list()[0]!.id)
    expect(notices.list()).toHaveLength(4)
  })
})
