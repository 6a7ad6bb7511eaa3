import type { Target } from '../../../shared/anchoring/types'
import { cleanTags, SETTING_COLOUR_MEANINGS, type Annotation, type Colour, type ColourMeanings } from '../../../shared/domain/annotation'
import { annotationSchema, colourMeaningsSchema } from '../../../shared/backup/records'
import type { BayeganDb } from './database'

export interface NewAnnotation {
  articleId: string
  target: Target | null
  colour: Colour | null
  note?: string
  tags?: string[]
}

export type AnnotationEdit = Partial<Pick<Annotation, 'note' | 'tags' | 'colour'>>

/** A researcher's change, kept so it can be undone: the record before (null if new) and after. */
export interface Change {
  before: Annotation | null
  after: Annotation
}

/** What an undo did: put the old record back, or found a newer edit and left it alone. */
export type RevertOutcome = { status: 'reverted'; change: Change } | { status: 'changed-since'; current: Annotation }

/** A new placement of a highlight found on opening an article: not an edit, so no new updatedAt. */
export interface Placement {
  id: string
  target: Target | null
  orphan: boolean
}

export interface AnnotationRepository {
  create(input: NewAnnotation): Promise<Change>
  update(id: string, edit: AnnotationEdit): Promise<Change | null>
  remove(id: string): Promise<Change | null>
  /** Puts an orphan (or any highlight) on newly selected text. */
  reattach(id: string, target: Target): Promise<Change | null>
  /**
   * Undo: writes the record as it was before `change`, as a new edit, but only while the record
   * is still as `change` left it: a newer edit (another window, a restore) is never overwritten.
   */
  revert(change: Change): Promise<RevertOutcome>
  savePlacements(placements: readonly Placement[]): Promise<void>
  saveColourMeanings(meanings: ColourMeanings['meanings']): Promise<void>
  readColourMeanings(): Promise<ColourMeanings>
  /** Every annotation of one article, deleted ones (tombstones) included. */
  listFor(articleId: string): Promise<Annotation[]>
  /** Every annotation, deleted ones (tombstones) included. */
  listAll(): Promise<Annotation[]>
}

export interface RepositoryOptions {
  now?: () => Date
  newId?: () => string
}

/**
 * Every write of what the researcher makes goes through here: validated, then written to IndexedDB
 * (strict durability, set on the database). The change feed (changeFeed.ts) journals each commit.
 */
export function createAnnotationRepository(db: BayeganDb, options: RepositoryOptions = {}): AnnotationRepository {
  const now = (): string => (options.now ?? (() => new Date()))().toISOString()
  const newId = options.newId ?? (() => crypto.randomUUID())

  async function write(records: Annotation[]): Promise<void> {
    const valid = records.map((r) => annotationSchema.parse(r))
    await db.transaction('rw', db.annotations, () => db.annotations.bulkPut(valid))
  }

  async function change(id: string, edit: (a: Annotation) => Annotation): Promise<Change | null> {
    const before = await db.annotations.get(id)
    if (!before) return null
    const after = { ...edit(before), updatedAt: now() }
    await write([after])
    return { before, after }
  }

  return {
    async create(input) {
      const at = now()
      const after: Annotation = {
        id: newId(),
        articleId: input.articleId,
        target: input.target,
        quote: input.target?.selectors[0].exact ?? null,
        colour: input.colour,
        note: input.note ?? '',
        tags: cleanTags(input.tags ?? []),
        orphan: false,
        createdAt: at,
        updatedAt: at,
        deletedAt: null
      }
      await write([after])
      return { before: null, after }
    },
    update: (id, edit) =>
      change(id, (a) => ({ ...a, ...edit, ...(edit.tags ? { tags: cleanTags(edit.tags) } : {}) })),
    remove: (id) => change(id, (a) => ({ ...a, deletedAt: now() })),
    reattach: (id, target) => change(id, (a) => ({ ...a, target, quote: target.selectors[0].exact, orphan: false })),
    async revert({ before, after }) {
      return db.transaction('rw', db.annotations, async (): Promise<RevertOutcome> => {
        const current = (await db.annotations.get(after.id)) ?? after
        if (Date.parse(current.updatedAt) !== Date.parse(after.updatedAt)) return { status: 'changed-since', current }
        // Undoing a creation deletes it (a tombstone); anything else puts the old record back.
        const restored = before ? { ...before, updatedAt: now() } : { ...current, deletedAt: now(), updatedAt: now() }
        await write([restored])
        return { status: 'reverted', change: { before: current, after: restored } }
      })
    },
    async savePlacements(placements) {
      if (placements.length === 0) return
      const byId = new Map(placements.map((p) => [p.id, p]))
      const current = await db.annotations.bulkGet([...byId.keys()])
      const updated = current.flatMap((a) => {
        const p = a && byId.get(a.id)
        return a && p ? [{ ...a, target: p.target, orphan: p.orphan }] : []
      })
      await write(updated)
    },
    async saveColourMeanings(meanings) {
      const value: ColourMeanings = colourMeaningsSchema.parse({ meanings, updatedAt: now() })
      await db.transaction('rw', db.settings, () => db.settings.put({ key: SETTING_COLOUR_MEANINGS, value }))
    },
    async readColourMeanings() {
      const parsed = colourMeaningsSchema.safeParse((await db.settings.get(SETTING_COLOUR_MEANINGS))?.value)
      return parsed.success ? parsed.data : { meanings: {}, updatedAt: new Date(0).toISOString() }
    },
    listFor: (articleId) => db.annotations.where('articleId').equals(articleId).toArray(),
    listAll: () => db.annotations.toArray()
  }
}
