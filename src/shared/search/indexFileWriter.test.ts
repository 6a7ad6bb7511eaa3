import { describe, expect, it } from 'vitest'
import { readIndexFile } from './indexFile'
import { indexFileSteps, writeIndexFile } from './indexFileWriter'
import { SearchIndex } from './searchIndex'
import { runToEnd } from './steps'
import type { SearchDoc } from './types'

const PACK = { packId: 'saved', packContentHash: 'c'.repeat(64) }
const WORDS = ['نمایشگاه', 'الکامپ', 'تراكنش‌های', 'بانکی', 'پیام رسان', 'هوش مصنوعی', 'استارتاپ', 'ي', '۱۴۰۳', 'cloud', 'fintech']

function docsOf(n: number): SearchDoc[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    fields: {
      title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} شماره ${i}`,
      body: Array.from({ length: 40 }, (_, k) => WORDS[(i + k * k) % WORDS.length]).join(k(i)),
      ...(i % 5 === 0 ? { summaryEn: `Report ${i} on fintech and cloud.` } : {})
    },
    meta: { date: 14030000 + i, source: i % 3 === 0 ? 'isna' : 'irna', ...(i % 4 === 0 ? { tags: ['elecomp', `t${i % 9}`] } : {}), ...(i % 6 === 0 ? { colours: ['yellow'] } : {}) }
  }))
}
// Separators as scraped text has them: single, double and ZWNJ-joined.
const k = (i: number): string => [' ', '  ', '\u200c', '\n'][i % 4] as string

function runCounting(steps: Generator<void, Uint8Array, void>): { file: Uint8Array; steps: number } {
  let count = 0
  for (;;) {
    const step = steps.next()
    if (step.done) return { file: step.value, steps: count + 1 }
    count++
  }
}

describe('writing an index file in steps', () => {
  it('writes the same bytes from the index\'s own pieces as from its snapshot, in steps of about the size asked', () => {
    for (const keepText of [true, false]) {
      const index = SearchIndex.build(docsOf(600), { keepText })
      for (let i = 0; i < 600; i += 9) index.remove(`d${i}`) // compaction happens in the first step
      const parts = runToEnd(index.snapshotSteps())
      const stepBytes = 4096
      const { file, steps } = runCounting(indexFileSteps(parts, PACK, stepBytes))
      expect(Buffer.from(file).equals(Buffer.from(writeIndexFile(index.serialize(), PACK))), `keepText ${keepText}`).toBe(true)
      // Every step but the last copies at least stepBytes, and no step much more (one piece over).
      expect(steps).toBeGreaterThanOrEqual(Math.floor(file.length / (2 * stepBytes)))
      expect(steps).toBeLessThanOrEqual(Math.ceil(file.length / stepBytes) + 1)
    }
  })

  it('reads back to an index that answers as the one it was written from', () => {
    const index = SearchIndex.build(docsOf(300), { keepText: true })
    index.remove('d7')
    const read = readIndexFile(runToEnd(indexFileSteps(runToEnd(index.snapshotSteps()), PACK, 1000)), PACK)
    if (!read.ok) throw new Error(read.message)
    const loaded = SearchIndex.load(read.snapshot)
    for (const q of ['تراکنش', 'پیام‌رسان', '"هوش مصنوعی"', 'fintech', 'نمای', '1403']) {
      expect(loaded.search(q, { getText: loaded.text }), q).toEqual(index.search(q, { getText: index.text }))
    }
    expect(loaded.has('d7')).toBe(false)
  })

  it('takes the snapshot in several steps, and queries answered between them see the whole index', () => {
    const index = SearchIndex.build(docsOf(200), { keepText: true })
    const before = index.search('بانکی الکامپ', { getText: index.text })
    const steps = index.snapshotSteps()
    let pauses = 0
    for (let step = steps.next(); !step.done; step = steps.next()) {
      pauses++
      expect(index.search('بانکی الکامپ', { getText: index.text })).toEqual(before)
    }
    expect(pauses).toBeGreaterThanOrEqual(4)
  })

  it('refuses to save an index that withholds documents', () => {
    const index = SearchIndex.build(docsOf(10))
    index.withhold(['d1'])
    expect(() => runToEnd(index.snapshotSteps())).toThrow(/withheld/)
  })
})

describe('an index loaded from a file, then added to', () => {
  it('keeps the texts it loaded and those added after, through another save', () => {
    const first = docsOf(50)
    const loadedFrom = (index: SearchIndex): SearchIndex => {
      const read = readIndexFile(writeIndexFile(index.serialize(), PACK), PACK)
      if (!read.ok) throw new Error(read.message)
      return SearchIndex.load(read.snapshot)
    }
    const loaded = loadedFrom(SearchIndex.build(first, { keepText: true }))
    // New words and words the loaded dictionary already has, with the spacing kept exactly.
    const added: SearchDoc = { id: 'new', fields: { title: 'الکامپ  نمایشگاه', body: 'گزارش تازه از الکامپ\u200cها و fintech\n' }, meta: {} }
    loaded.add(added)
    const again = loadedFrom(loaded)
    for (const index of [loaded, again]) {
      expect(index.text('new', 'title')).toBe('الکامپ  نمایشگاه')
      expect(index.text('new', 'body')).toBe('گزارش تازه از الکامپ\u200cها و fintech\n')
      expect(index.text('d3', 'body')).toBe(first[3]?.fields.body)
      expect(index.search('گزارش تازه').hits[0]?.id).toBe('new')
    }
  })
})
