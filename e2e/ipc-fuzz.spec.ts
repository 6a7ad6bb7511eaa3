import { expect, test } from './host/fixtures'
import { CHANNELS, requestSchemas, type HostBridge } from '../src/shared/host/contract'
import type { AppRun } from './host/testHost'
import { BUNDLED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

declare global {
  interface Window {
    bayegan?: HostBridge
  }
}

let run: AppRun | undefined

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
  { name: 'deep nesting built in the page', payload: { buildNested: 900 } },
  { name: 'wrong types', payload: { packId: 1, offset: 'x', limit: null, mode: 7, index: -1, sessionId: 5, url: {}, base64: [] } },
  { name: 'negative and fractional numbers', payload: { offset: -1, limit: 0.5, index: 1e300 } },
  // The serialiser between page and host may turn an own "__proto__" key into a prototype, so the
  // rest of this payload is invalid too: it must fail either way and pollute nothing.
  { name: '__proto__ key', payload: JSON.parse('{"__proto__": {"polluted": "yes", "mode": "files"}, "mode": 3}') },
  { name: 'constructor.prototype', payload: { constructor: { prototype: { polluted: 'yes' } } } },
  { name: 'extra fields', payload: { mode: 'files', extra: 1, sessionId: '00000000-0000-0000-0000-000000000000', index: 0, url: 'https://x.ir', name: 'a.html', lastModified: 0, base64: '', packId: 'x', offset: 0, limit: 1, id: 'x' } },
  { name: 'big array', payload: new Array(100_000).fill(0) }
]

test('every channel answers malformed payloads with an error, never a crash, and the app keeps working', async ({ app }) => {
  test.setTimeout(180_000)
  run = await app.start(BUNDLED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()

  const cases: { channel: string; name: string; payload: unknown }[] = []
  for (const channel of CHANNELS) {
    const schema = requestSchemas[channel]
    const batch = MALFORMED.filter((m) => !schema.safeParse(m.payload).success)
    if (!schema.safeParse(null).success) batch.push({ name: 'missing payload', payload: undefined })
    expect(batch.length, `${channel} accepts too many malformed payloads`).toBeGreaterThanOrEqual(MALFORMED.length - 1)
    for (const m of batch) cases.push({ channel, ...m })
  }
  for (const channel of ['no:such', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app:info ', 'APP:INFO']) {
    cases.push({ channel, name: 'unknown channel', payload: null })
  }

  for (const c of cases) {
    const result = await page.evaluate(
      async ({ channel, payload }) => {
        try {
          // Very deep values are built in the page: Playwright's own serialiser would overflow first.
          let value: unknown = payload
          const depth = (payload as { buildNested?: number } | undefined)?.buildNested
          if (depth) {
            value = 'leaf'
            for (let i = 0; i < depth; i++) value = { a: value }
          }
          return await window.bayegan!.invoke(channel as never, value as never)
        } catch (error) {
          return { thrown: String(error) }
        }
      },
      { channel: c.channel, payload: c.payload }
    )
    expect(result, `${c.channel} / ${c.name}`).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^bad-(payload|channel)$/) } })
  }
  expect(cases.length).toBeGreaterThan(CHANNELS.length * 10)
  // Nothing leaked into prototypes in the main process (the test host runs handlers here).
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  // No dialog was opened and no link left the app.
  expect(run.opened).toEqual([])

  const info = await page.evaluate(() => window.bayegan!.invoke('app:info', null))
  expect(info).toMatchObject({ ok: true, value: { name: 'Bayegan' } })
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article').locator('h1')).toContainText('معاون سازمان فناوری اطلاعات')
})
