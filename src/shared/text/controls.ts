// Invisible characters in short untrusted strings (titles, tags, file names). A direction override
// (U+202D/U+202E) makes «exe.jpg» of «gpj.exe»; a title of nothing but zero-width characters shows
// as a blank row. Both are refused or made visible where such strings enter the app.

/** Characters that render as nothing on their own: white space, zero-width and format characters. */
// Each combining or variation mark is meant as a member of its own here, not joined to its neighbour.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu

export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== ''
}

const OVERRIDES: Readonly<Record<string, string>> = { '\u202D': 'LRO', '\u202E': 'RLO' }
const OVERRIDE = /[\u202D\u202E]/g

export function hasDirectionOverride(text: string): boolean {
  return /[\u202D\u202E]/.test(text)
}

/**
 * Replaces each direction override with a visible, direction-neutral marker such as ⟨RLO⟩, so the
 * string shows in its true order and the researcher can see that something was hidden in it.
 */
export function showDirectionOverrides(text: string): string {
  return text.replace(OVERRIDE, (ch) => `⟨${OVERRIDES[ch] ?? 'U+' + ch.charCodeAt(0).toString(16).toUpperCase()}⟩`)
}
