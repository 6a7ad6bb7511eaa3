import { describe, expect, it } from 'vitest'
import { CHANNELS, requestSchemas } from '@shared/host/contract'
import { dispatch } from '@shared/host/dispatch'
import { testPlatform } from '../testSupport/platform'
import { createHandlers } from './handlers'

/**
 * The IPC fuzz matrix, run against `dispatch` and the real handler map in Node (the e2e run keeps
 * one smoke test across the real bridge, e2e/ipc-fuzz.spec.ts): every channel answers every
 * malformed payload with bad-payload or bad-channel, never a crash, a dialog or a link opened.
 */

const HUGE = 'ب'.repeat(3_000_000)
const LONG = 'ب'.repeat(100_000)
function nested(depth: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Payloads no channel should accept; each is checked against the schema so a valid one is never sent. */
const MALFORMED: { name: string; payload: unknown }[] = [
  { name: 'number', payload: 42 },
  { name: 'string', payload: 'payload' },
  { name: 'boolean', payload: true },
  { name: 'array', payload: [1, 2, 3] },
  { name: 'empty object', payload: {} },
  { name: 'huge string', payload: HUGE },
  { name: 'long string fields', payload: { packId: LONG, url: LONG, name: LONG, base64: LONG, sessionId: LONG, mode: LONG, text: LONG } },
  { name: 'nesting', payload: nested(20) },
  { name: 'deep nesting', payload: nested(900) },
  { name: 'wrong types', payload: { packId: 1, offset: 'x', limit: null, mode: 7, index: -1, sessionId: 5, url: {}, base64: [] } },
  { name: 'negative and fractional numbers', payload: { offset: -1, limit: 0.5, index: 1e300 } },
  // An own "__proto__" key, as JSON.parse makes it: the rest of the payload is invalid, and nothing may be polluted.
  { name: '__proto__ key', payload: JSON.parse('{"__proto__": {"polluted": "yes", "mode": "files"}, "mode": 3}') },
  { name: 'constructor.prototype', payload: { constructor: { prototype: { polluted: 'yes' } } } },
  {
    name: 'extra fields',
    payload: {
      mode: 'files',
      extra: 1,
      sessionId: '00000000-0000-0000-0000-000000000000',
      index: 0,
      url: 'https://x.ir',
      name: 'a.html',
      lastModified: 0,
      base64: '',
      packId: 'x',
      offset: 0,
      limit: 1,
      id: 'x'
    }
  },
  { name: 'big array', payload: new Array(100_000).fill(0) }
]

const UNKNOWN_CHANNELS: unknown[] = ['no:such', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app:info ', 'APP:INFO', 42, null, undefined, {}]

function casesFor(channel: (typeof CHANNELS)[number]): { name: string; payload: unknown }[] {
  const schema = requestSchemas[channel]
  const batch = MALFORMED.filter((m) => !schema.safeParse(m.payload).success)
  if (!schema.safeParse(null).success) batch.push({ name: 'missing payload', payload: undefined })
  return batch
}

describe('dispatch under malformed input', () => {
  const touched: string[] = []
  const refuse = (what: string) => async () => {
    touched.push(what)
    throw new Error(`${what} must not be reached by a malformed call`)
  }
  const handlers = createHandlers(
    testPlatform({
      chooseSavePath: refuse('chooseSavePath'),
      chooseOpenPaths: refuse('chooseOpenPaths'),
      confirm: refuse('confirm'),
      printToPdf: refuse('printToPdf'),
      openExternal: refuse('openExternal')
    })
  )

  it.each([...CHANNELS])('%s refuses every malformed payload with bad-payload', async (channel) => {
    const cases = casesFor(channel)
    // A channel that accepted most of these would not be checking its input.
    expect(cases.length).toBeGreaterThanOrEqual(MALFORMED.length - 1)
    for (const c of cases) {
      const result = await dispatch(handlers, channel, c.payload)
      expect(result, `${channel} / ${c.name}`).toMatchObject({ ok: false, error: { code: 'bad-payload' } })
    }
  })

  it('refuses unknown channels, prototype names included, with bad-channel', async () => {
    for (const channel of UNKNOWN_CHANNELS) {
      expect(await dispatch(handlers, channel, null), String(channel)).toMatchObject({ ok: false, error: { code: 'bad-channel' } })
    }
  })

  it('leaves no trace: no prototype polluted, no dialog opened, no link followed, and valid calls still work', async () => {
    for (const channel of CHANNELS) for (const c of casesFor(channel)) await dispatch(handlers, channel, c.payload)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(touched).toEqual([])
    expect(await dispatch(handlers, 'app:info', null)).toMatchObject({ ok: true, value: { name: 'Bayegan' } })
  })
})
