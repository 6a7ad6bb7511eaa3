import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FEED_SETTINGS, feedSettingsPath, loadFeedSettings, saveFeedSettings } from './feedSettings'

const dir = () => mkdtempSync(join(tmpdir(), 'bayegan-feeds-'))

describe('feed settings', () => {
  it('start switched off with no feeds', async () => {
    expect(await loadFeedSettings(dir())).toEqual(DEFAULT_FEED_SETTINGS)
    expect(DEFAULT_FEED_SETTINGS.fetchingOn).toBe(false)
  })
  it('round-trip a feed with Persian keywords and a status', async () => {
    const d = dir()
    const settings = {
      ...DEFAULT_FEED_SETTINGS,
      fetchingOn: true,
      feeds: [{ url: 'https://example.com/feed.xml', keywords: ['الکامپ'], status: { checkedAt: '2024-06-28T10:00:00.000Z', outcome: 'failed' as const, problem: 'timeout' } }]
    }
    await saveFeedSettings(d, settings)
    expect(await loadFeedSettings(d)).toEqual(settings)
  })
  it('refuse to save file:, credentials and duplicate addresses', async () => {
    const d = dir()
    await expect(saveFeedSettings(d, { ...DEFAULT_FEED_SETTINGS, feeds: [{ url: 'file:///etc/passwd', keywords: [] }] })).rejects.toThrow()
    await expect(saveFeedSettings(d, { ...DEFAULT_FEED_SETTINGS, feeds: [{ url: 'https://u:p@example.com/', keywords: [] }] })).rejects.toThrow()
    const twice = { url: 'https://example.com/f', keywords: [] }
    await expect(saveFeedSettings(d, { ...DEFAULT_FEED_SETTINGS, feeds: [twice, twice] })).rejects.toThrow()
  })
  it('set a damaged file aside and start fresh, switched off', async () => {
    const d = dir()
    writeFileSync(feedSettingsPath(d), '{"version":1,"fetchingOn":true,"feeds":[{"url":"javascript:alert(1)"}]}')
    expect(await loadFeedSettings(d, () => new Date('2024-06-28T10:00:00Z'))).toEqual(DEFAULT_FEED_SETTINGS)
    const aside = readdirSync(d).find((f) => f.startsWith('feeds.json.damaged-'))
    expect(aside && readFileSync(join(d, aside), 'utf8')).toContain('javascript:')
  })
})
