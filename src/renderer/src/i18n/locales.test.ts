import { describe, expect, it } from 'vitest'
import fa from './locales/fa.json'
import en from './locales/en.json'
import { createI18n } from '.'

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}

describe('locales', () => {
  it('have the same keys in Persian and English', () => {
    expect(keysOf(fa).sort()).toEqual(keysOf(en).sort())
  })
  it('have no empty strings', () => {
    for (const [name, locale] of Object.entries({ fa, en })) {
      for (const key of keysOf(locale)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale)
        expect(typeof value === 'string' && value.trim().length > 0, `${name}:${key}`).toBe(true)
      }
    }
  })
  it('formats counts with Persian digits in Persian and Latin digits in English', async () => {
    const i18nFa = await createI18n('fa')
    expect(i18nFa.t('import.reading', { done: 1250, total: 2001 })).toBe('خواندن مقاله‌ها: ۱٬۲۵۰ از ۲٬۰۰۱')
    const i18nEn = await createI18n('en')
    expect(i18nEn.t('import.reading', { done: 1250, total: 2001 })).toBe('Reading articles: 1,250 of 2,001')
    expect(i18nEn.t('library.count', { count: 1 })).toBe('1 article')
    expect(i18nEn.t('library.count', { count: 3 })).toBe('3 articles')
  })
})

describe('every literal key the UI asks for', () => {
  it('exists in both languages', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs')
    const { join } = await import('node:path')
    const root = new URL('..', import.meta.url).pathname
    const files: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !name.includes('.test.')) files.push(path)
      }
    }
    walk(root)
    const plain = (keys: string[]): Set<string> => new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))
    const known = { fa: plain(keysOf(fa)), en: plain(keysOf(en)) }
    const used = new Set<string>()
    for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(m[1]!)
    expect(used.size).toBeGreaterThan(100)
    const missing = [...used].filter((k) => !known.fa.has(k) || !known.en.has(k))
    expect(missing).toEqual([])
  })
})
