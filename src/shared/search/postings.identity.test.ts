/**
 * The dictionary and posting streams a SearchIndex serialises, checked byte for byte against a
 * plain reference encoder written here from the format's description (one Map, one loop per doc
 * and term), over a generated corpus of a few thousand articles in the shapes news text has.
 * Every way of filling an index (build, one add at a time, addAll or add after a load) must give the
 * reference's bytes: how PostingStore gets there (batches, scratch arrays) is free to change.
 */
import { describe, expect, it } from 'vitest'
import { analyse, type Term } from '../text/analyse'
import { SearchIndex } from './searchIndex'
import { decodeStrings, encodeStrings, type SearchIndexSnapshot } from './snapshot'
import { FIELD_LANG, FIELD_NAMES, type SearchDoc } from './types'
import { rng, syllableWords } from '../../testSupport/seededRandom'

const POS_LIMIT = 1 << 20

const COMMON = (
  'و در به از که این را با برای است ایران تهران دولت وزیر سازمان فناوری اطلاعات بانک مرکزی تراکنش ' +
  'کاربر اینترنت پیام‌رسان کسب‌وکار بین‌المللی دانش‌بنیان حمل‌ونقل نرم‌افزار رئیس مسئول مراکز اخبار ' +
  'ماه ماهی کرم گرم نامه رایانه دانشجو نمایندگان مذاکرات انتخابات'
).split(' ')
/** Runs the analyser reads as one term or one number. */
const PHRASES = ['بیست و ششمین', 'دو میلیون و پانصد هزار', 'کسب و کار', 'تراکنش ها', 'می شود', 'باج افزار', 'ثبت نام']
const SUFFIXES = ['', '', '', '‌ها', '‌های', ' ها', 'ها', '‌ترین', ' تر', '‌ای', ' ای']
const EN = 'the internet market startup filtering growth of digital bank companies running'.split(' ')
const FIELDS_USED = ['title', 'lead', 'body', 'summaryFa', 'summaryEn', 'notes', 'quotes'] as const

function corpus(count: number, seed: number): SearchDoc[] {
  const next = rng(seed)
  const rare = syllableWords(next, 3000, 'با بی تا تر را ری ما می نا نی سا کا گو لا شا فر خو زی پا چی'.split(' '), 'ن ر د م ت ش ک'.split(' '))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const word = (): string => {
    const r = next()
    if (r < 0.1) return String(Math.floor(next() * 3000)) // Latin digits
    if (r < 0.14) return `${Math.floor(next() * 9) + 1},${String(Math.floor(next() * 1000)).padStart(3, '0')}`
    if (r < 0.18) return 'می‌' + pick(['شود', 'کند', 'رود'])
    if (r < 0.2) return pick(PHRASES)
    const w = next() < 0.6 ? pick(COMMON) : (rare[Math.floor(next() ** 2 * rare.length)] as string)
    return w + pick(SUFFIXES)
  }
  const text = (n: number): string => {
    let t = Array.from({ length: n }, word).join(next() < 0.2 ? '، ' : ' ')
    if (next() < 0.3) t = t.replaceAll('ی', 'ي').replaceAll('ک', 'ك')
    if (next() < 0.3) t = t.replaceAll('\u200c', next() < 0.5 ? '' : ' ')
    if (next() < 0.4) t = t.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string)
    else if (next() < 0.3) t = t.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string)
    return t
  }
  return Array.from({ length: count }, (_, i) => {
    const fields: SearchDoc['fields'] = { title: text(3 + Math.floor(next() * 8)) }
    for (const name of FIELDS_USED.slice(1)) {
      if (next() < 0.3) continue
      fields[name] = name === 'summaryEn' ? Array.from({ length: 12 }, () => pick(EN)).join(' ') : text(5 + Math.floor(next() * (name === 'body' ? 160 : 30)))
    }
    return { id: `doc${i}`, fields, meta: { date: 14000101 + i, source: `s${i % 7}`, tags: i % 3 === 0 ? ['t'] : [] } }
  })
}

function varint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80)
    v >>>= 7
  }
  out.push(v)
}

interface Reference {
  terms: string[]
  df: number[]
  lastDoc: number[]
  postings: number[][]
  positions: number[][]
  surfaces: Map<string, number>
}

/**
 * The format, plainly: a term's id is the order of its first occurrence (doc, field, word order);
 * its unstemmed forms map to the first term they were seen with; per doc a term gets the doc
 * delta, a field mask and the tf of each field in it, and its positions field by field, each the
 * gap from the one before in the same field (the first one as is).
 */
function reference(docs: readonly SearchDoc[]): Reference {
  const ref: Reference = { terms: [], df: [], lastDoc: [], postings: [], positions: [], surfaces: new Map() }
  const ids = new Map<string, number>()
  docs.forEach((doc, d) => {
    const perTerm = new Map<number, number[][]>()
    FIELD_NAMES.forEach((name, f) => {
      const text = doc.fields[name]
      if (!text) return
      for (const t of analyse(text, FIELD_LANG[name]) as Term[]) {
        let tid = ids.get(t.term)
        if (tid === undefined) {
          tid = ref.terms.length
          ids.set(t.term, tid)
          ref.terms.push(t.term)
          ref.df.push(0)
          ref.lastDoc.push(-1)
          ref.postings.push([])
          ref.positions.push([])
          ref.surfaces.set(t.term, tid)
        }
        if (!ref.surfaces.has(t.surface)) ref.surfaces.set(t.surface, tid)
        let fields = perTerm.get(tid)
        if (!fields) perTerm.set(tid, (fields = FIELD_NAMES.map(() => [])))
        fields[f]?.push(Math.min(t.pos, POS_LIMIT - 1))
      }
    })
    for (const [tid, fields] of perTerm) {
      const main = ref.postings[tid] as number[]
      varint(main, d - (ref.lastDoc[tid] as number))
      main.push(fields.reduce((mask, list, f) => (list.length > 0 ? mask | (1 << f) : mask), 0))
      for (const list of fields) if (list.length > 0) varint(main, list.length)
      for (const list of fields) list.forEach((p, k) => varint(ref.positions[tid] as number[], k === 0 ? p : p - (list[k - 1] as number)))
      ref.lastDoc[tid] = d
      ref.df[tid] = (ref.df[tid] as number) + 1
    }
  })
  return ref
}

function flat(lists: number[][]): { bytes: Uint8Array; ends: Uint32Array } {
  const ends = new Uint32Array(lists.length)
  let total = 0
  lists.forEach((l, t) => (ends[t] = total += l.length))
  return { bytes: Uint8Array.from(lists.flat()), ends }
}

function expectReference(s: SearchIndexSnapshot, ref: Reference): void {
  expect(decodeStrings(s.terms)).toEqual(ref.terms)
  expect(Buffer.from(s.terms).equals(Buffer.from(encodeStrings(ref.terms)))).toBe(true)
  expect(Array.from(s.df)).toEqual(ref.df)
  expect(Array.from(s.lastDoc)).toEqual(ref.lastDoc)
  const postings = flat(ref.postings)
  const positions = flat(ref.positions)
  expect(Buffer.from(s.postings).equals(Buffer.from(postings.bytes))).toBe(true)
  expect(Buffer.from(s.postingEnds.buffer, s.postingEnds.byteOffset, s.postingEnds.byteLength).equals(Buffer.from(postings.ends.buffer))).toBe(true)
  expect(Buffer.from(s.positions).equals(Buffer.from(positions.bytes))).toBe(true)
  expect(Array.from(s.positionEnds)).toEqual(Array.from(positions.ends))
  // Surfaces in code-unit order (prefix expansion walks them so), each with its term.
  const surfaces = [...ref.surfaces.keys()].sort()
  expect(decodeStrings(s.surfaces)).toEqual(surfaces)
  expect(Array.from(s.surfaceTerms)).toEqual(surfaces.map((x) => ref.surfaces.get(x)))
}

/** Every array of two snapshots, byte for byte. */
function expectSameSnapshot(a: SearchIndexSnapshot, b: SearchIndexSnapshot): void {
  const bytes = (v: unknown): unknown => (ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : v)
  expect(Object.keys(a)).toEqual(Object.keys(b))
  for (const key of Object.keys(a) as (keyof SearchIndexSnapshot)[]) expect(bytes(a[key]), key).toEqual(bytes(b[key]))
}

describe('serialised postings', () => {
  const docs = corpus(2000, 18)
  const ref = reference(docs)

  it('covers the shapes it is meant to (many terms, stemmed surfaces, repeats within a doc)', () => {
    expect(ref.terms.length).toBeGreaterThan(3000)
    expect(ref.surfaces.size).toBeGreaterThan(ref.terms.length)
    expect(ref.terms).toContain('26') // بیست و ششمین
    expect(ref.terms).toContain('2500000')
    expect(ref.terms.some((t) => /^\d{4,}$/.test(t))).toBe(true) // 7,700 and its Persian forms
  })

  it('built at once: the reference bytes', () => {
    expectReference(SearchIndex.build(docs).serialize(), ref)
  })

  it('added one doc at a time, and added after a load (one by one or in batches): the same snapshot as built at once', () => {
    const built = SearchIndex.build(docs, { keepText: true }).serialize()
    const oneByOne = new SearchIndex({ keepText: true })
    for (const doc of docs) oneByOne.add(doc)
    expectSameSnapshot(oneByOne.serialize(), built)
    const half = SearchIndex.load(SearchIndex.build(docs.slice(0, 1000), { keepText: true }).serialize())
    for (const doc of docs.slice(1000)) half.add(doc)
    expectSameSnapshot(half.serialize(), built)
    const halfAtOnce = SearchIndex.load(SearchIndex.build(docs.slice(0, 1000), { keepText: true }).serialize())
    halfAtOnce.addAll(docs.slice(1000, 1500))
    halfAtOnce.addAll(docs.slice(1500))
    expectSameSnapshot(halfAtOnce.serialize(), built)
  })

  it('ids given again (enough to compact while building): the same snapshot built at once as added one at a time', () => {
    const again = [...docs.slice(0, 1500), ...docs.slice(0, 1100).map((d, i) => ({ ...d, fields: (docs[docs.length - 1 - i] as SearchDoc).fields }))]
    const oneByOne = new SearchIndex()
    for (const doc of again) oneByOne.add(doc)
    expect(oneByOne.size).toBe(1500)
    expectSameSnapshot(SearchIndex.build(again).serialize(), oneByOne.serialize())
  })
})
