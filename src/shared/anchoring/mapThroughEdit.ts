/**
 * When the previous text is known, most re-imports change one region (a fixed typo, a paragraph
 * added). Offsets before the changed region stay, offsets after it shift by the length change;
 * offsets inside it can't be mapped. This gives the quote search a precise hint.
 */
export interface SingleEdit {
  /** Length of the shared head of both texts. */
  commonPrefix: number
  /** Length of the shared tail (not overlapping the head). */
  commonSuffix: number
  oldLength: number
  newLength: number
}

export function findSingleEdit(oldText: string, newText: string): SingleEdit {
  const max = Math.min(oldText.length, newText.length)
  let p = 0
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++
  let s = 0
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++
  return { commonPrefix: p, commonSuffix: s, oldLength: oldText.length, newLength: newText.length }
}

/** The new offset of old offset `o`, or undefined if `o` fell inside the changed region. */
export function mapOffset(edit: SingleEdit, o: number): number | undefined {
  if (o <= edit.commonPrefix) return o
  if (o >= edit.oldLength - edit.commonSuffix) return o + (edit.newLength - edit.oldLength)
  return undefined
}
