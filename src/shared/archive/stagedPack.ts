import { z } from 'zod'
import { editionsSchema, type Edition } from './editions'
import { itemContentHash, packContentHash, sha256Hex, type Sha256Hex } from './hash'
import { PACK_LIMITS } from './limits'
import type { PackError } from './packErrors'
import { parsePack, type PackResult } from './parsePack'
import { archiveItemSchema, checkPackLevel, manifestSchema, PACK_FORMAT, PACK_FORMAT_VERSION, type ArchiveItem, type PackManifest } from './schema'

/**
 * A pack checked in two stages, so a first start can serve the first page (and the prebuilt index)
 * while the rest is still being checked (issue 18: checking 50,000 items took ~6 s before the
 * first page could be served).
 *
 * 1. At once: the pack's shape around its items (format, manifest, editions), the item count, unique
 *    ids, every edition citation, and the manifest's hash over the items' *claimed* hashes.
 * 2. Then, item by item in order: each item's full schema and its own content hash. An item is
 *    handed out only once it is checked, so nothing unchecked ever leaves; since its hash is one of
 *    those the manifest's hash covers, a checked item is exactly the item the pack was made with.
 *
 * Both stages together accept exactly what parsePack accepts. When either finds a fault, the errors
 * reported are parsePack's own for the whole pack (a failure is rare; its report must be complete).
 */
export interface StagedPack {
  readonly manifest: PackManifest
  /** The pack's editions (checked in stage 1), or [] for a pack made before editions existed. */
  readonly editions: Edition[]
  /** Items [offset, offset + limit), once every one of them is checked; rejects with PackRefusedError once the pack failed. */
  items(offset: number, limit: number): Promise<ArchiveItem[]>
  /** Settles when every item is checked: the whole pack, or parsePack's errors for it. Never rejects. */
  readonly done: Promise<PackResult>
  /** Whether an item failed its check (done then carries the errors). */
  failed(): boolean
}

export type StagedPackStart = { ok: true; pack: StagedPack } | { ok: false; errors: PackError[] }

export class PackRefusedError extends Error {
  constructor(readonly packId: string) {
    super(`Pack "${packId}" was refused: one of its items does not match the pack`)
    this.name = 'PackRefusedError'
  }
}

export interface StagedPackOptions {
  sha?: Sha256Hex
  /** Items checked between two pauses, which let the process answer other requests. */
  chunk?: number
  pause?: () => Promise<void>
  /** Items checked at full speed past the furthest one asked for (see checkInStages). */
  lookahead?: number
  /** The pause between chunks once the check is that far ahead. */
  idleMs?: number
}

// Stage 1 looks at items only for the fields the pack-level checks need; stage 2 checks the rest.
const shellSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    manifest: manifestSchema,
    items: z.array(z.looseObject({ id: z.string(), contentHash: z.string() })).max(PACK_LIMITS.items),
    editions: editionsSchema.optional()
  })
  .superRefine(checkPackLevel)

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export async function startPackCheck(json: unknown, options: StagedPackOptions = {}): Promise<StagedPackStart> {
  const sha = options.sha ?? sha256Hex
  const shell = shellSchema.safeParse(json)
  if (!shell.success) return { ok: false, errors: await fullErrors(json, sha) }
  const { manifest, editions, items: claimed } = shell.data
  if ((await packContentHash(claimed, editions, sha)) !== manifest.contentHash) return { ok: false, errors: await fullErrors(json, sha) }
  return { ok: true, pack: checkInStages({ json, claimed }, manifest, editions, sha, options) }
}

interface Waiter {
  end: number
  resolve: () => void
  reject: (error: Error) => void
}

function checkInStages(
  source: { json: unknown; claimed: readonly unknown[] },
  manifest: PackManifest,
  editions: Edition[] | undefined,
  sha: Sha256Hex,
  options: StagedPackOptions
): StagedPack {
  // The file's parsed JSON is let go once every item is checked: the store keeps the checked
  // copies for as long as the app runs, and holding both would double the main process's memory.
  let raw: typeof source | null = source
  const total = source.claimed.length
  const chunk = options.chunk ?? 100
  const pause = options.pause ?? nextTask
  // Paced by demand: at full speed up to `lookahead` items past the furthest page asked for, then
  // slowly (a chunk every idleMs). A first start needs the CPU for its first pages and its search
  // index; checking 50,000 items at once took ~2 s of a core in those same seconds. Every item is
  // still checked before it is handed out, and the rest in the background.
  const lookahead = options.lookahead ?? 1000
  const idleMs = options.idleMs ?? 25
  let wanted = lookahead
  let nudge = (): void => {}
  const idle = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const go = (): void => {
        clearTimeout(timer)
        nudge = () => {}
        resolve()
      }
      const timer = setTimeout(go, idleMs)
      nudge = go
    })
  const checked: ArchiveItem[] = []
  let failed = false
  let waiters: Waiter[] = []
  const wake = (): void => {
    const ready = waiters.filter((w) => failed || w.end <= checked.length)
    waiters = waiters.filter((w) => !ready.includes(w))
    for (const w of ready) {
      if (failed) w.reject(new PackRefusedError(manifest.id))
      else w.resolve()
    }
  }
  const done = (async (): Promise<PackResult> => {
    for (let i = 0; i < total; i++) {
      const parsed = archiveItemSchema.safeParse(raw?.claimed[i])
      if (!parsed.success || (await itemContentHash(parsed.data, sha)) !== parsed.data.contentHash) {
        failed = true
        checked.length = 0
        wake()
        const errors = await fullErrors(raw?.json, sha)
        raw = null
        return { ok: false, errors }
      }
      checked.push(parsed.data)
      if (checked.length % chunk === 0) {
        wake()
        await (checked.length < wanted ? pause() : idle())
      }
    }
    raw = null
    wake()
    return { ok: true, pack: { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, manifest, items: checked, ...(editions ? { editions } : {}) } }
  })()
  return {
    manifest,
    editions: editions ?? [],
    done,
    failed: () => failed,
    async items(offset, limit) {
      const end = Math.min(offset + limit, total)
      if (failed) throw new PackRefusedError(manifest.id)
      if (end + lookahead > wanted) {
        wanted = end + lookahead
        nudge()
      }
      if (end > checked.length) await new Promise<void>((resolve, reject) => waiters.push({ end, resolve, reject }))
      return checked.slice(offset, end)
    }
  }
}

/**
 * parsePack's errors for a pack one of the stages refused. Both stages accept exactly what parsePack
 * accepts, so it finds some; were it ever to accept, the pack is refused all the same.
 */
async function fullErrors(json: unknown, sha: Sha256Hex): Promise<PackError[]> {
  const full = await parsePack(json, sha)
  return full.ok ? [{ path: '', message: 'failed the staged pack check' }] : full.errors
}
