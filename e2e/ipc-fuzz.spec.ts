import { expect, test } from './host/fixtures'
import type { HostBridge } from '../src/shared/host/contract'
import type { AppRun } from './host/testHost'
import { SEED_ARCHIVE_DIR, SEED_ID } from './fixtures/packs'

declare global {
  interface Window {
    bayegan?: HostBridge
  }
}

let run: AppRun | undefined

/**
 * The full fuzz matrix (every channel × every malformed payload) runs in Node against `dispatch`
 * and the real handlers: src/main/dispatchFuzz.test.ts. This smoke test checks the same rules hold
 * across the real bridge: what the page serialises, the binding, and the app still working after.
 */
const SMOKE: { channel: string; name: string; payload: unknown }[] = [
  { channel: 'archive:list', name: 'a number', payload: 42 },
  { channel: 'import:choose', name: 'wrong field type', payload: { mode: 7 } },
  { channel: 'link:open', name: 'object for a url', payload: { url: {} } },
  { channel: 'import:choose', name: '__proto__ key', payload: JSON.parse('{"__proto__": {"polluted": "yes", "mode": "files"}, "mode": 3}') },
  { channel: 'journal:append', name: 'deep nesting built in the page', payload: { buildNested: 900 } },
  { channel: 'no:such', name: 'unknown channel', payload: null },
  { channel: '__proto__', name: 'prototype name as channel', payload: null }
]

test('malformed calls across the real bridge get an error, never a crash, and the app keeps working', async ({ app }) => {
  run = await app.start(SEED_ARCHIVE_DIR)
  const { page } = run
  await expect(page.locator(`[data-article-id="${SEED_ID}"]`)).toBeVisible()

  for (const c of SMOKE) {
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
  // Nothing leaked into prototypes in the main process (the test host runs handlers here).
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  // No dialog was opened and no link left the app.
  expect(run.opened).toEqual([])

  const info = await page.evaluate(() => window.bayegan!.invoke('app:info', null))
  expect(info).toMatchObject({ ok: true, value: { name: 'Bayegan' } })
  await page.locator(`[data-article-id="${SEED_ID}"]`).click()
  await expect(page.getByTestId('article').locator('h1')).toContainText('معاون سازمان فناوری اطلاعات')
})
