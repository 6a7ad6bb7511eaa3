import { decodeLexicon, FLAG_AN, FLAG_HA, FLAG_TAR } from './lexiconCodec'
import { LEXICON_DATA } from './lexiconData.generated'
import { ZWNJ } from './chars'

/**
 * The Persian word list (dictionary-fa, Lilak) by search key: whether a string is a word, which
 * affixes it takes, and where its standard spelling has a half-space. Decoded on first use
 * (about 50 ms, about 7 MB of heap for 100k words) in whichever process needs it.
 */
interface Lexicon {
  flags: Map<string, number>
  /** Keys listed with half-spaces → key indices before which they go. */
  breaks: Map<string, number[]>
  /** Keys also listed without any half-space (همزمان beside هم‌زمان). */
  joinedToo: Set<string>
  /** Part before the first half-space → the rests it is listed with (ثبت → نام, …). */
  heads: Map<string, Set<string>>
  /** A cheap hash of every head: most words are ruled out without touching the big map. */
  headFilter: Uint8Array
}

/** Hash for the head filter: first and last letter and length (a 64 KB table stays in cache). */
function headHash(key: string): number {
  return ((key.charCodeAt(0) * 131 + key.charCodeAt(key.length - 1)) * 31 + key.length) & 0xffff
}

const WORD = 4
let lexicon: Lexicon | null = null

function load(): Lexicon {
  const flags = new Map<string, number>()
  const breaks = new Map<string, number[]>()
  const joinedToo = new Set<string>()
  const heads = new Map<string, Set<string>>()
  const headFilter = new Uint8Array(0x10000)
  decodeLexicon(LEXICON_DATA, (entry, bits) => {
    const key = entry.replaceAll(ZWNJ, '')
    flags.set(key, (flags.get(key) ?? 0) | bits | WORD)
    if (key === entry) {
      joinedToo.add(key)
      return
    }
    const at: number[] = []
    let n = 0
    for (const ch of entry) {
      if (ch === ZWNJ) at.push(n)
      else n++
    }
    if (!breaks.has(key)) breaks.set(key, at)
    const head = key.slice(0, at[0])
    let rests = heads.get(head)
    if (!rests) heads.set(head, (rests = new Set()))
    rests.add(key.slice(at[0]))
    headFilter[headHash(head)] = 1
  })
  return { flags, breaks, joinedToo, heads, headFilter }
}

function get(): Lexicon {
  lexicon ??= load()
  return lexicon
}

/**
 * Decodes the word list now rather than at its first use: the search worker calls this while it
 * waits for its index, so the first query does not pay for it (~200 ms before the JIT warms up).
 */
export function prepareLexicon(): void {
  get()
}

/** Whether a search key (folded, no ZWNJ) is a listed word. */
export function isWord(key: string): boolean {
  return get().flags.has(key)
}

/** The word takes the -ان plural. */
export function takesAn(key: string): boolean {
  return ((get().flags.get(key) ?? 0) & FLAG_AN) !== 0
}

/** The word is a noun that takes the ها plural. */
export function takesHa(key: string): boolean {
  return ((get().flags.get(key) ?? 0) & FLAG_HA) !== 0
}

/** The word is an adjective with -تر / -ترین forms. */
export function isAdjective(key: string): boolean {
  return ((get().flags.get(key) ?? 0) & FLAG_TAR) !== 0
}

/**
 * Where the listed spelling puts half-spaces (ثبتنام → [3]); undefined when the word is not
 * listed with one, or is also listed joined (همزمان), so a half-space there is not sure.
 */
export function sureBreaks(key: string): readonly number[] | undefined {
  const l = get()
  return l.joinedToo.has(key) ? undefined : l.breaks.get(key)
}

/** Whether `first` + `second`, typed with a space, is one listed word with a half-space there. */
export function joinsAsCompound(first: string, second: string): boolean {
  const l = get()
  if (l.headFilter[headHash(first)] !== 1) return false
  return l.heads.get(first)?.has(second) ?? false
}
