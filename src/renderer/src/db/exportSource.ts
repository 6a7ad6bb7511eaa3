import { SETTING_COLOUR_MEANINGS, type Annotation } from '@shared/domain/annotation'
import { colourMeaningsSchema } from '@shared/backup/records'
import type { ExportSource } from '@shared/export/buildDocument'
import type { ExportScope } from '@shared/export/options'
import type { BayeganDb } from './database'

/** Reads what an export needs from the database, no more than its scope asks for. */
export async function loadExportSource(db: BayeganDb, scope: ExportScope, archive: ExportSource['archive']): Promise<ExportSource> {
  const annotations = await annotationsFor(db, scope)
  const articleIds =
    scope.kind === 'article'
      ? [scope.articleId]
      : scope.kind === 'articles'
        ? scope.articleIds
        : [...new Set(annotations.map((a) => a.articleId))]
  // A tag may be the article's own tag, so that scope needs every article carrying it as well.
  const tagged = scope.kind === 'tag' ? await db.articles.where('tags').equals(scope.tag).primaryKeys() : []
  const ids = [...new Set([...articleIds, ...tagged])]
  const [records, summaries, meanings] = await Promise.all([
    db.articles.bulkGet(ids),
    db.summaries.where('articleId').anyOf(ids).toArray(),
    db.settings.get(SETTING_COLOUR_MEANINGS)
  ])
  const parsed = colourMeaningsSchema.safeParse(meanings?.value)
  const withTaggedArticles = scope.kind === 'tag' ? [...annotations, ...(await db.annotations.where('articleId').anyOf(tagged).toArray())] : annotations
  return {
    archive,
    articles: records.flatMap((r) => (r ? [{ item: r.item, sortKey: r.sortKey }] : [])),
    annotations: dedupe(withTaggedArticles),
    summaries,
    colourMeanings: parsed.success ? parsed.data.meanings : {}
  }
}

function annotationsFor(db: BayeganDb, scope: ExportScope): Promise<Annotation[]> {
  switch (scope.kind) {
    case 'article':
      return db.annotations.where('articleId').equals(scope.articleId).toArray()
    case 'articles':
      return db.annotations.where('articleId').anyOf(scope.articleIds).toArray()
    case 'tag':
      return db.annotations.where('tags').equals(scope.tag).toArray()
    case 'colour':
      return db.annotations.where('colour').equals(scope.colour).toArray()
    case 'all':
      return db.annotations.toArray()
  }
}

function dedupe(annotations: Annotation[]): Annotation[] {
  return [...new Map(annotations.map((a) => [a.id, a])).values()]
}
