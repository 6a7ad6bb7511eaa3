import { readFileSync } from 'node:fs'
import { readIndexFile } from '../src/shared/search/indexFile'
import { checkSnapshot, decodeStrings } from '../src/shared/search/snapshot'
import { SearchIndex } from '../src/shared/search/searchIndex'
import { TextStore } from '../src/shared/search/textStore'
const size = process.argv[2] ?? '50000'
const bytes = new Uint8Array(readFileSync(`bench/corpora/ui-archive-${size}-v1/bench-${size}.index.bin`))
const json = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true))))
const info = { packId: json.packId, packContentHash: json.packContentHash }
let t = performance.now()
const lap = (what: string) => { const n = performance.now(); console.log(what.padEnd(20), (n - t).toFixed(0), 'ms'); t = n }
const r = readIndexFile(bytes, info, { checkContents: false }); lap('read+checksum')
if (!r.ok) throw new Error(r.message)
const s = r.snapshot
checkSnapshot(s); lap('checkSnapshot')
const terms = decodeStrings(s.terms); lap('decode terms ' + terms.length)
const m = new Map<string, number>(); terms.forEach((x, i) => m.set(x, i)); lap('term map')
const surf = decodeStrings(s.surfaces); lap('decode surfaces ' + surf.length)
const m2 = new Map<string, number>(); surf.forEach((x, i) => m2.set(x, i)); lap('surface map')
const ids = decodeStrings(s.ids); lap('ids ' + ids.length)
const chunks = decodeStrings(s.textChunks!); lap('decode chunks ' + chunks.length)
TextStore.from(chunks, s.texts!, s.textEnds!); lap('TextStore.from')
SearchIndex.load(s); lap('SearchIndex.load (whole)')
