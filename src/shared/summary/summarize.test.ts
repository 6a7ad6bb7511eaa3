import { describe, expect, it } from 'vitest'
import { readSeed } from '../anchoring/testSupport'
import { summarize } from './summarize'
import { SUMMARY_FIXTURES, type SummaryFixture } from './summaryFixtures'

const seed = await readSeed()

describe('summarize (extractive, Persian)', () => {
  it.each(['textrank', 'centroid'] as const)('%s picks 3 to 5 sentences of the seed in original order with exact offsets', (method) => {
    const { sentences } = summarize(seed, { method })
    expect(sentences.length).toBeGreaterThanOrEqual(3)
    expect(sentences.length).toBeLessThanOrEqual(5)
    const indexes = sentences.map((s) => s.index)
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    for (const s of sentences) expect(seed.slice(s.start, s.end)).toBe(s.text)
  })

  it('is deterministic', () => {
    expect(summarize(seed)).toEqual(summarize(seed))
  })

  it('never takes the title line and does not repeat the lead that the first quote restates', () => {
    const picked = summarize(seed).sentences.map((s) => s.text)
    expect(picked.some((t) => t.startsWith('معاون سازمان فناوری اطلاعات: بعد از'))).toBe(false)
    const repeats = picked.filter((t) => t.includes('مجموع تمام تراکنشهای مرکز ملی تبادل اطلاعات'))
    expect(repeats.length).toBeLessThanOrEqual(1)
  })

  it('covers the story the title names (aid to businesses hurt by the 1401 filtering)', () => {
    const picked = summarize(seed).sentences.map((s) => s.text).join(' ')
    expect(picked).toContain('کسبوکارهای آسیبدیده')
  })

  it('restores guillemets for a sentence cut from a longer quotation', () => {
    const text = 'او گفت: «این طرح بزرگ در سال گذشته آغاز شد و پیشرفت خوبی داشت. امسال این طرح بزرگ به مرحله دوم رسید و بودجه تازه گرفت. سال آینده طرح بزرگ به پایان خواهد رسید و نتایج منتشر می‌شود.»'
    const { sentences } = summarize(text, { minSentences: 3 })
    expect(sentences.map((s) => s.display)).toEqual([
      'او گفت: «این طرح بزرگ در سال گذشته آغاز شد و پیشرفت خوبی داشت.»',
      '«امسال این طرح بزرگ به مرحله دوم رسید و بودجه تازه گرفت.»',
      '«سال آینده طرح بزرگ به پایان خواهد رسید و نتایج منتشر می‌شود.»'
    ])
  })

  it('returns nothing for text without real sentences', () => {
    expect(summarize('').sentences).toEqual([])
    expect(summarize('فقط یک عنوان').sentences).toEqual([])
  })
})

describe('summarize on news-shaped pages (our own fixtures)', () => {
  const picks = (f: SummaryFixture) => summarize(f.text, { title: f.title }).sentences.map((s) => s.text)
  const has = (picked: string[], prefix: string) => picked.some((t) => t.startsWith(prefix))

  it.each(SUMMARY_FIXTURES.map((f) => [f.id, f] as const))('%s: keeps the lead even without its full stop', (_, f) => {
    expect(has(picks(f), f.lead)).toBe(true)
  })

  it.each(SUMMARY_FIXTURES.map((f) => [f.id, f] as const))('%s: no repeated headline, fragment or near-duplicate pair', (_, f) => {
    const picked = picks(f)
    for (const h of f.headlineRepeats) expect(has(picked, h), h).toBe(false)
    for (const fr of f.fragments) expect(has(picked, fr), fr).toBe(false)
    for (const [a, b] of f.duplicates) expect(has(picked, a) && has(picked, b), `${a} / ${b}`).toBe(false)
  })

  it('drops a sentence that only repeats the title, even when no title is given', () => {
    const text = 'ترافیک پیام‌رسان‌های داخلی پنج برابر شد\nترافیک پیام‌رسان‌های داخلی پنج برابر شد.\n' + (SUMMARY_FIXTURES[2] as SummaryFixture).text.split('\n').slice(1).join('\n')
    expect(has(summarize(text).sentences.map((s) => s.text), 'ترافیک پیام‌رسان‌های داخلی پنج برابر شد.')).toBe(false)
  })
})
