import { describe, expect, it } from 'vitest'
import { journalIdOf, type JournalChange } from '@shared/backup/journalEntry'
import type { HostBridge } from '@shared/host/contract'
import { createHostClient } from '../host/hostClient'
import { createJournalSink } from './annotationsJournal'

const setting = (key: string): JournalChange => ({ kind: 'setting', record: { key, value: 1 } })

/** A bridge whose journal calls wait until the test releases them, recording what each carried. */
function slowBridge() {
  const calls: { keys: string[]; release: () => void }[] = []
  const bridge: HostBridge = {
    invoke: ((channel: string, payload: { changes: JournalChange[] }) =>
      new Promise<unknown>((resolve) => {
        if (channel !== 'journal:append') throw new Error(`unexpected ${channel}`)
        const keys = payload.changes.map(journalIdOf)
        calls.push({ keys, release: () => resolve({ ok: true, value: { lastSeq: 0 } }) })
      })) as HostBridge['invoke']
  }
  return { bridge, calls }
}

describe('the journal queue', () => {
  it('sends in order, one batch at a time, and flush() waits for all of it', async () => {
    const { bridge, calls } = slowBridge()
    const sink = createJournalSink(createHostClient(bridge))
    sink.send([setting('a')])
    sink.send([setting('b'), setting('c')])
    expect(calls.map((c) => c.keys)).toEqual([['a']])
    expect(sink.status()).toEqual({ pending: 3, failing: false })
    const flushed = sink.flush()
    calls[0]!.release()
    await new Promise((r) => setTimeout(r, 0)) // the answer arrives, the next batch goes out
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c']])
    calls[1]!.release()
    await flushed
    expect(sink.status()).toEqual({ pending: 0, failing: false })
  })

  it('sendAllNow() puts everything queued behind the call in flight on the wire, each change once', async () => {
    const { bridge, calls } = slowBridge()
    const sink = createJournalSink(createHostClient(bridge))
    sink.send([setting('a')]) // in flight, unanswered: the disk is slow
    sink.send([setting('b')])
    sink.send([setting('c')])
    sink.sendAllNow()
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c']])
    sink.sendAllNow() // the second event of a closing page (beforeunload, then pagehide) sends nothing again
    calls[0]!.release()
    calls[1]!.release()
    await sink.flush()
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c']])
    expect(sink.status().pending).toBe(0)
  })
})
