/**
 * Front-coded word list: entries sorted, each line = one char giving how many leading chars it
 * shares with the previous entry, the rest of the entry, one flag char. About a third of the
 * plain list; decoding 100k words takes a few milliseconds.
 */

/** The word takes the -ان plural. */
export const FLAG_AN = 1
/** The word is an adjective taking -تر / -ترین. */
export const FLAG_TAR = 2
/** The word takes the ها plural (a noun: خرید‌ها, not the verb stem گسترد). 4 is the decoder's "listed" bit. */
export const FLAG_HA = 8

export interface LexiconEntry {
  key: string
  flags: number
}

const BASE = 0x30

export function encodeLexicon(entries: LexiconEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  let prev = ''
  const lines: string[] = []
  for (const { key, flags } of sorted) {
    let shared = 0
    const max = Math.min(prev.length, key.length, 40)
    while (shared < max && prev[shared] === key[shared]) shared++
    lines.push(String.fromCharCode(BASE + shared) + key.slice(shared) + String.fromCharCode(BASE + flags))
    prev = key
  }
  return lines.join('\n')
}

export function decodeLexicon(data: string, visit: (key: string, flags: number) => void): void {
  let prev = ''
  let at = 0
  while (at < data.length) {
    let end = data.indexOf('\n', at)
    if (end === -1) end = data.length
    const shared = data.charCodeAt(at) - BASE
    const key = prev.slice(0, shared) + data.slice(at + 1, end - 1)
    visit(key, data.charCodeAt(end - 1) - BASE)
    prev = key
    at = end + 1
  }
}
