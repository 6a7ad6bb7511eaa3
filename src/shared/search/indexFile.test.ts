import { describe, expect, it } from 'vitest'
import { readIndexFile, readIndexHeader } from './indexFile'
import { writeIndexFile } from './indexFileWriter'
import { SearchIndex } from './searchIndex'
import type { SearchDoc } from './types'

const docs: SearchDoc[] = [
  { id: 'a', fields: { title: 'نمایشگاه الکامپ در تهران', body: 'سازمان نظام صنفی رایانه‌ای استان تهران برگزارکننده نمايشگاه است.  ' }, meta: { date: 14030301, source: 'isna', tags: ['elecomp'] } },
  { id: 'b', fields: { title: 'تراکنش‌های بانکی', lead: 'رشد ۲۶ درصدی تراكنشها', summaryEn: 'Card transactions grew.' }, meta: { source: 'irna' } },
  { id: 'c', fields: { title: 'پیام‌رسان‌های داخلی', body: 'کاربران پیام رسان ها\nدر سال ۱۴۰۲ بیشتر شدند.' }, meta: { colours: ['yellow'], hasNotes: true } }
]
const PACK = { packId: 'elecomp', packContentHash: 'a'.repeat(64) }

function fileFor(edit?: (s: ReturnType<SearchIndex['serialize']>) => void): Uint8Array {
  const snapshot = SearchIndex.build(docs, { keepText: true }).serialize()
  edit?.(snapshot)
  return writeIndexFile(snapshot, PACK)
}

describe('the prebuilt index file', () => {
  it('loads back to an index that answers and cuts snippets as the one it was made from', () => {
    const built = SearchIndex.build(docs, { keepText: true })
    const read = readIndexFile(writeIndexFile(built.serialize(), PACK), PACK)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const loaded = SearchIndex.load(read.snapshot)
    for (const q of ['تهران', 'تراکنش', '"پیام رسان"', 'transactions', 'نمایش']) {
      const a = built.search(q, { getText: built.text })
      const b = loaded.search(q, { getText: loaded.text })
      expect(b, q).toEqual(a)
    }
    // The kept texts come back character for character (double spaces, newlines, ZWNJ).
    for (const d of docs) for (const [field, text] of Object.entries(d.fields)) expect(loaded.text(d.id, field as never)).toBe(text)
    expect(loaded.search('تراکنش').hits[0]?.id).toBe('b')
  })

  it('is deterministic: the same articles give the same bytes', () => {
    expect(Buffer.from(fileFor()).equals(Buffer.from(fileFor()))).toBe(true)
  })

  it('refuses a truncated file, a cut header and a file that is not one', () => {
    const file = fileFor()
    expect(readIndexFile(file.slice(0, file.length - 7), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexFile(file.slice(0, 20), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexFile(new TextEncoder().encode('{"format":"bayegan.pack"}'), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    const extra = new Uint8Array(file.length + 3)
    extra.set(file)
    expect(readIndexFile(extra, PACK)).toMatchObject({ ok: false, reason: 'damaged' })
  })

  it('refuses a file with any one byte of its contents changed, even where the contents would still decode', () => {
    const file = fileFor()
    const headerEnd = 12 + new DataView(file.buffer).getUint32(8, true)
    expect(readIndexFile(file, PACK).ok).toBe(true)
    for (const at of [headerEnd, headerEnd + 1, Math.floor((headerEnd + file.length) / 2), file.length - 1]) {
      const damaged = file.slice()
      damaged[at] = (damaged[at] as number) ^ 0x01
      expect(readIndexFile(damaged, PACK), `byte ${at}`).toMatchObject({ ok: false, reason: 'damaged' })
    }
  })

  it('refuses damaged contents: a posting naming a document that does not exist, counts that disagree', () => {
    expect(readIndexFile(fileFor((s) => { s.postings[0] = 0x7f }), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexFile(fileFor((s) => { s.df[0] = (s.df[0] as number) + 1 }), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexFile(fileFor((s) => { s.tagValues = Uint32Array.of(99) }), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexFile(fileFor((s) => { s.textEnds = s.textEnds?.slice(0, 1) }), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
  })

  it('refuses a stale file: another analyser version, another pack or another version of the pack', () => {
    expect(readIndexFile(fileFor((s) => { s.analyserVersion = 'bayegan-analyser-0' }), PACK)).toMatchObject({ ok: false, reason: 'stale-analyser' })
    expect(readIndexFile(fileFor(), { ...PACK, packContentHash: 'b'.repeat(64) })).toMatchObject({ ok: false, reason: 'other-pack' })
    expect(readIndexFile(fileFor(), { ...PACK, packId: 'other' })).toMatchObject({ ok: false, reason: 'other-pack' })
  })

  it('SearchIndex.load refuses a damaged snapshot too (the IndexedDB copy goes through it)', () => {
    const snapshot = SearchIndex.build(docs).serialize()
    snapshot.postingEnds = snapshot.postingEnds.slice(1)
    expect(() => SearchIndex.load(snapshot)).toThrow(/damaged/)
  })
  it('reads its arrays in place: views on the file\'s buffer, each aligned for its type', () => {
    const file = fileFor()
    const read = readIndexFile(file, PACK)
    if (!read.ok) throw new Error(read.message)
    const views = Object.values(read.snapshot).filter((v): v is Uint32Array => ArrayBuffer.isView(v))
    expect(views.length).toBeGreaterThan(10)
    for (const v of views) expect(v.buffer).toBe(file.buffer)
  })

  it('still reads a file whose arrays are not aligned in memory (copied then), with the same answers', () => {
    const file = fileFor()
    const shifted = new Uint8Array(file.length + 1).subarray(1)
    shifted.set(file)
    const read = readIndexFile(shifted, PACK)
    if (!read.ok) throw new Error(read.message)
    expect(read.snapshot.postingEnds.buffer).not.toBe(shifted.buffer)
    expect(read.snapshot.postings.buffer).toBe(shifted.buffer) // bytes are never misaligned
    const loaded = SearchIndex.load(read.snapshot)
    expect(loaded.search('تراکنش').hits.map((h) => h.id)).toEqual(SearchIndex.build(docs).search('تراکنش').hits.map((h) => h.id))
  })

  it('its header alone says whether a file is this pack\'s index, without reading the arrays', () => {
    const file = fileFor()
    expect(readIndexHeader(file, PACK).ok).toBe(true)
    expect(readIndexHeader(file, { ...PACK, packId: 'other' })).toMatchObject({ ok: false, reason: 'other-pack' })
    expect(readIndexHeader(fileFor((s) => { s.analyserVersion = 'bayegan-analyser-0' }), PACK)).toMatchObject({ ok: false, reason: 'stale-analyser' })
    expect(readIndexHeader(file.slice(0, file.length - 1), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(readIndexHeader(new TextEncoder().encode('not an index'), PACK)).toMatchObject({ ok: false, reason: 'damaged' })
    // A damaged byte inside the arrays is the full read's to find (the checksum), not the header's.
    const damaged = file.slice()
    damaged[file.length - 1] = (damaged[file.length - 1] as number) ^ 1
    expect(readIndexHeader(damaged, PACK).ok).toBe(true)
    expect(readIndexFile(damaged, PACK).ok).toBe(false)
  })
})
