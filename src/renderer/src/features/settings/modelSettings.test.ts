import 'fake-indexeddb/auto'
import type { HostBridge } from '../../../../shared/host/contract'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL_SETTINGS } from '../../../../shared/summary/modelSettings'
import { openDatabase, type BayeganDb } from '../../db/database'
import { createRepositories, type SettingsRepository } from '../../db/repositories'
import { createHostClient } from '../../host/hostClient'
import { checkModelSettings, readModelSettings, SETTING_MODEL, usableModelSettings, writeModelSettings } from './modelSettings'

let db: BayeganDb

function settingsOf(name: string): SettingsRepository {
  db = openDatabase(name)
  // Settings never call the host; a bridge that refuses says so if that changes.
  const noHost: HostBridge = { invoke: () => Promise.reject(new Error('no host in this test')) }
  return createRepositories(db, createHostClient(noHost)).settings
}
let n = 0
afterEach(() => db?.close())

describe('local model settings', () => {
  it('default to Ollama on loopback with no model, which is not usable yet', async () => {
    const settings = settingsOf(`model-settings-${n++}`)
    const stored = await readModelSettings(settings)
    expect(stored).toEqual(DEFAULT_MODEL_SETTINGS)
    expect(usableModelSettings(stored)).toBeUndefined()
  })

  it('round-trip, and a corrupt stored value falls back to the defaults', async () => {
    const repo = settingsOf(`model-settings-${n++}`)
    const settings = { endpoint: 'http://localhost:8080', model: 'llama3', allowNonLoopback: false, timeoutMs: 30_000 }
    await writeModelSettings(repo, settings)
    expect(usableModelSettings(await readModelSettings(repo))).toEqual(settings)
    await repo.write(SETTING_MODEL, { endpoint: 7 })
    expect(await readModelSettings(repo)).toEqual(DEFAULT_MODEL_SETTINGS)
  })

  it('name the field a form value is wrong in', () => {
    const ok = { endpoint: 'http://127.0.0.1:11434', model: 'm', allowNonLoopback: false, timeoutMs: 60_000 }
    expect(checkModelSettings(ok)).toEqual({ ok: true, value: ok })
    expect(checkModelSettings({ ...ok, model: '  m  ' })).toMatchObject({ ok: true, value: { model: 'm' } })
    expect(checkModelSettings({ ...ok, endpoint: 'localhost:11434' })).toEqual({ ok: false, problem: 'endpoint' })
    expect(checkModelSettings({ ...ok, endpoint: 'file:///etc/passwd' })).toEqual({ ok: false, problem: 'endpoint' })
    expect(checkModelSettings({ ...ok, model: 'x'.repeat(201) })).toEqual({ ok: false, problem: 'model' })
    expect(checkModelSettings({ ...ok, timeoutMs: 500 })).toEqual({ ok: false, problem: 'timeout' })
    expect(checkModelSettings({ ...ok, timeoutMs: NaN })).toEqual({ ok: false, problem: 'timeout' })
  })
})
