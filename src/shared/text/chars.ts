/**
 * Per-code-unit folding for search keys. Display text is never changed; the tokenizer reads the
 * original text through these tables so every search key keeps offsets into the original.
 */

/** How a code unit behaves inside the tokenizer. */
export const enum CharClass {
  Separator = 0,
  /** Arabic-script letter (Persian, Arabic, presentation forms). */
  Arabic = 1,
  Latin = 2,
  Digit = 3,
  /** Diacritics, tatweel, ZWJ, bidi marks: skipped without breaking a word. */
  Ignorable = 4,
  /** ZWNJ: joins the parts of one word, dropped from the key. */
  Zwnj = 5
}

export const ZWNJ = '\u200C'

/** CharClass per UTF-16 code unit; exported so hot loops can index it without a call. */
export const CLASS_TABLE = new Uint8Array(0x10000)
const classTable = CLASS_TABLE
const foldTable: string[] = new Array<string>(0x10000)

const LETTER = /\p{L}/u
const NUMBER = /\p{Nd}/u
const MARK = /\p{M}/u

/** Letter variants folded to one Persian letter. آ folds to ا: keyboards and scraped text mix them
 * (آیین/ایین, قرآن/قران) and no common word pair is told apart by it. ئ folds to ی for رئیس/رییس. */
const LETTER_FOLDS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ے': 'ی', 'ۍ': 'ی', 'ێ': 'ی',
  'ك': 'ک', 'ڪ': 'ک',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ؤ': 'و', 'ۥ': 'و',
  'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'آ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ء': '' // lone hamza (e.g. in اجزاء / اجزا) carries no letter identity for search
}

function isIgnorableCode(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanwin, shadda, sukun, hamza above/below
    c === 0x0670 || // superscript alef
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 || // tatweel
    c === 0x200d || c === 0x200b || c === 0x00ad || c === 0xfeff ||
    c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
  )
}

function isArabicBlock(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)
}

function foldLetter(ch: string): string {
  const mapped = LETTER_FOLDS[ch]
  return mapped ?? ch
}

function computeClass(c: number): [CharClass, string] {
  if (c === 0x200c) return [CharClass.Zwnj, '']
  if (isIgnorableCode(c)) return [CharClass.Ignorable, '']
  if (c >= 0xd800 && c <= 0xdfff) return [CharClass.Separator, '']
  const ch = String.fromCharCode(c)
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    // Presentation forms: NFKC gives the base letter(s); fold each, drop marks and spaces.
    let out = ''
    for (const part of ch.normalize('NFKC')) {
      const pc = part.charCodeAt(0)
      if (isIgnorableCode(pc) || part === ' ') continue
      out += foldLetter(part)
    }
    if (out === '') return [CharClass.Ignorable, '']
    return LETTER.test(out) ? [CharClass.Arabic, out] : [CharClass.Separator, '']
  }
  if (NUMBER.test(ch)) {
    if (c >= 0x06f0 && c <= 0x06f9) return [CharClass.Digit, String(c - 0x06f0)]
    if (c >= 0x0660 && c <= 0x0669) return [CharClass.Digit, String(c - 0x0660)]
    if (c >= 0x30 && c <= 0x39) return [CharClass.Digit, ch]
    const nf = ch.normalize('NFKC')
    return [CharClass.Digit, /^[0-9]$/.test(nf) ? nf : ch]
  }
  if (LETTER.test(ch)) {
    if (isArabicBlock(c)) return [CharClass.Arabic, foldLetter(ch)]
    // Latin and other scripts: lowercase, NFKC for fullwidth forms, strip accents.
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase()
    return [CharClass.Latin, base === '' ? ch.toLowerCase() : base]
  }
  if (MARK.test(ch)) return [CharClass.Ignorable, '']
  return [CharClass.Separator, '']
}

for (let c = 0; c < 0x10000; c++) {
  const [cls, fold] = computeClass(c)
  classTable[c] = cls
  foldTable[c] = fold
}

/** 1 where a code unit is already its own search form. */
export const IDENTITY_TABLE = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) IDENTITY_TABLE[c] = foldTable[c] === String.fromCharCode(c) ? 1 : 0

export function charClass(code: number): CharClass {
  return classTable[code] as CharClass
}

/** The search form of one code unit ('' when it is dropped). */
export function foldCode(code: number): string {
  return foldTable[code] ?? ''
}

/** Whitespace that may stand for a lost ZWNJ (`تراکنش ها`, `می شود`). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x2009 || c === 0x202f || c === 0x200a
}

/** Fold a whole string to its search form (no tokenizing, ZWNJ and marks dropped). */
export function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const cls = classTable[code] as CharClass
    out += cls === CharClass.Separator ? text[i] : foldTable[code]
  }
  return out
}
