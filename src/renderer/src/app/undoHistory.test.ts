// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostBridge } from '@shared/host/contract'
import { dispatch } from '@shared/host/dispatch'
import { createHandlers } from '../../../main/handlers'
import { testPlatform } from '../../../testSupport/platform'
import { openDatabase, type BayeganDb } from '../db/database'
import { UndoBar } from '../features/annotations/UndoBar'
import { KeyboardProvider } from '../ui/keyboard/KeyboardContext'
import { createI18n } from '../i18n'
import { AppServicesProvider } from './AppServicesContext'
import { createAppServices, type AppServices } from './createAppServices'
import { HISTORY_MAX } from './undoHistory'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const dbs: BayeganDb[] = []
const roots: Root[] = []
let n = 0
afterEach(() => {
  // Unmounted here, so no render is left for React's scheduler after the test environment is gone.
  act(() => roots.splice(0).forEach((root) => root.unmount()))
  dbs.splice(0).forEach((db) => db.close())
  document.body.innerHTML = ''
})

/** The real composition root over a fresh database and the real main-process handlers. */
function services(): AppServices {
  const db = openDatabase(`undo-${n++}`)
  dbs.push(db)
  const handlers = createHandlers(testPlatform())
  const bridge: HostBridge = { invoke: ((channel: string, payload: unknown) => dispatch(handlers, channel, payload)) as HostBridge['invoke'] }
  const searchWorker = { postMessage: () => {}, addEventListener: () => {} }
  return createAppServices({ db, bridge, searchWorker })
}

const NOTE = { articleId: 'a', target: null, colour: null }

describe('the undo history', () => {
  it('walks back through the researcher’s changes, newest first', async () => {
    const s = services()
    const created = await s.annotations.create({ ...NOTE, note: 'یکم' })
    s.history.push(created, 'created')
    s.history.push(await s.annotations.update(created.after.id, { note: 'دوم' }), 'edited')
    s.history.push(await s.annotations.remove(created.after.id), 'deleted')

    const note = async (): Promise<string | undefined> => (await s.annotations.listFor('a'))[0]?.note
    const alive = async (): Promise<boolean> => (await s.annotations.listFor('a'))[0]?.deletedAt === null
    expect(await alive()).toBe(false)
    expect((await s.history.undo())?.kind).toBe('deleted')
    expect([await alive(), await note()]).toEqual([true, 'دوم'])
    expect((await s.history.undo())?.kind).toBe('edited')
    expect(await note()).toBe('یکم')
    expect((await s.history.undo())?.kind).toBe('created')
    expect(await alive()).toBe(false) // undoing a creation leaves a tombstone, never a silent delete
    expect(await s.history.undo()).toBeNull()
  })

  it(`keeps the last ${HISTORY_MAX} changes, ignores a change that did not happen, and tells listeners`, async () => {
    const s = services()
    const events: string[] = []
    s.history.subscribe((e) => events.push(e))
    const created = await s.annotations.create(NOTE)
    s.history.push(null, 'edited')
    for (let i = 0; i <= HISTORY_MAX; i++) s.history.push(created, 'created')
    expect(events).toHaveLength(HISTORY_MAX + 1)
    let undone = 0
    while (await s.history.undo()) undone++
    expect(undone).toBe(HISTORY_MAX)
    expect(events.at(-1)).toBe('undo')
  })

  it('does not overwrite an edit made after the change it would undo, and says so', async () => {
    const s = services()
    const created = await s.annotations.create({ ...NOTE, note: 'یکم' })
    s.history.push(await s.annotations.update(created.after.id, { note: 'دوم' }), 'edited')
    // A newer edit that did not go through this history (another window, a restore).
    await new Promise((r) => setTimeout(r, 5))
    await s.annotations.update(created.after.id, { note: 'سوم، تازه‌تر' })
    const result = await s.history.undo()
    expect(result?.outcome).toBe('changed-since')
    expect((await s.annotations.listFor('a'))[0]?.note).toBe('سوم، تازه‌تر')
  })
})

describe('the undo bar', () => {
  async function renderBar(s: AppServices): Promise<void> {
    const i18n = await createI18n('fa')
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    roots.push(root)
    await act(async () => {
      root.render(
        createElement(I18nextProvider, { i18n }, createElement(AppServicesProvider, { services: s, children: createElement(KeyboardProvider, { children: createElement(UndoBar) }) }))
      )
    })
  }
  const ctrlZ = (target: EventTarget): boolean =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true }))

  it('offers Undo for the last change, and Ctrl+Z undoes it outside text fields only', async () => {
    const s = services()
    await renderBar(s)
    const created = await s.annotations.create({ ...NOTE, note: 'یادداشت' })
    await act(async () => s.history.push(created, 'created'))
    expect(document.querySelector('[data-testid="undo-bar"]')).not.toBeNull()

    // In a text field Ctrl+Z is the field's own undo.
    const field = document.createElement('textarea')
    document.body.append(field)
    await act(async () => void ctrlZ(field))
    expect(s.history.latest()).not.toBeNull()

    await act(async () => void ctrlZ(document.body))
    await expect.poll(async () => (await s.annotations.listFor('a'))[0]?.deletedAt).not.toBeNull()
    expect(s.history.latest()).toBeNull()
    await act(async () => {}) // let React render what the undo's notification set
    expect(document.querySelector('[data-testid="undo-bar"]')).toBeNull()
  })

  it('tells the researcher when an undo was refused because of a newer edit', async () => {
    const s = services()
    await renderBar(s)
    const created = await s.annotations.create({ ...NOTE, note: 'یکم' })
    await act(async () => s.history.push(created, 'created'))
    await new Promise((r) => setTimeout(r, 5))
    await s.annotations.update(created.after.id, { note: 'ویرایش بعدی' })
    await act(async () => void (await s.history.undo()))
    expect(document.querySelector('[data-testid="undo-changed-since"]')?.textContent).toContain('برگردانده نشد')
    expect((await s.annotations.listFor('a'))[0]?.deletedAt).toBeNull()
  })
})
