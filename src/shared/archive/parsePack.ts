import { findJsonSyntaxError } from './jsonSyntaxError'
import { PACK_LIMITS } from './limits'
import { itemContentHash, packContentHash, sha256Hex, type Sha256Hex } from './hash'
import { packErrorsFromIssues, plainEnglishIssue, type PackError } from './packErrors'
import { packSchema, type Pack } from './schema'

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] }

/**
 * Validates an untrusted, already JSON-parsed pack: shape and limits, unique ids, item count,
 * and every content hash (each item's and the manifest's). Async because hashing uses Web Crypto.
 */
export async function parsePack(json: unknown, sha: Sha256Hex = sha256Hex): Promise<PackResult> {
  const parsed = packSchema.safeParse(json, { error: plainEnglishIssue })
  if (!parsed.success) {
    return { ok: false, errors: capErrors(packErrorsFromIssues(parsed.error.issues, json)) }
  }
  const pack = parsed.data
  const errors = await findHashMismatches(pack, sha)
  return errors.length > 0 ? { ok: false, errors: capErrors(errors) } : { ok: true, pack }
}

/** As parsePack, starting from the file's text; malformed JSON is reported with line and column. */
export async function parsePackText(text: string): Promise<PackResult> {
  const read = readPackJson(text)
  return read.ok ? parsePack(read.json) : read
}

/** The pack file's JSON, unchecked, or why it cannot be read: too long, or malformed (with line and column). */
export function readPackJson(text: string): { ok: true; json: unknown } | { ok: false; errors: PackError[] } {
  if (text.length > PACK_LIMITS.packTextChars) {
    return { ok: false, errors: [{ path: '', message: `the pack is ${text.length} characters long; at most ${PACK_LIMITS.packTextChars} allowed` }] }
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: describeJsonError(text, error) }] }
  }
}

async function findHashMismatches(pack: Pack, sha: Sha256Hex): Promise<PackError[]> {
  const errors: PackError[] = []
  for (const [itemIndex, item] of pack.items.entries()) {
    const actual = await itemContentHash(item, sha)
    if (actual !== item.contentHash) {
      errors.push({ itemIndex, itemId: item.id, path: 'contentHash', message: `does not match the item's content (content hashes to ${actual})` })
    }
  }
  const actual = await packContentHash(pack.items, pack.editions, sha)
  if (actual !== pack.manifest.contentHash) {
    const what = pack.editions ? 'the items and editions' : 'the items'
    errors.push({ path: 'manifest.contentHash', message: `does not match ${what} (they hash to ${actual})` })
  }
  return errors
}

function capErrors(errors: PackError[]): PackError[] {
  const max = PACK_LIMITS.reportedErrors
  if (errors.length <= max) return errors
  return [...errors.slice(0, max), { path: '', message: `…and ${errors.length - max} more errors` }]
}

/** Says where the JSON breaks, as line and column (V8's own message often has no position). */
function describeJsonError(text: string, error: unknown): string {
  const syntax = findJsonSyntaxError(text)
  if (!syntax) return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`
  const before = text.slice(0, syntax.offset)
  const line = before.split('\n').length
  const column = syntax.offset - before.lastIndexOf('\n')
  const found = syntax.offset < text.length ? JSON.stringify(text.slice(syntax.offset, syntax.offset + 1)) : 'the end'
  return `not valid JSON at line ${line}, column ${column}: expected ${syntax.expected}, found ${found}`
}
