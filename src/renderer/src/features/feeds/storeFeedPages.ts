// Pages brought by a feed check take the same way in as imported files: built (sanitised, hashed,
// schema-checked) and stored, with duplicates by id, address or content reported, not added twice.
import type { ArchiveRepository } from '../../db/repositories'
import type { FeedsCheckResult } from '../../../../shared/host/feeds'
import type { ArchiveItem } from '../../../../shared/archive/schema'
import { buildItem } from '../import/buildItem'
import type { ImportedImage } from '../../db/records'

export interface FeedStoreOutcome {
  added: number
  duplicates: number
  invalid: number
}

export async function storeFeedPages(archive: ArchiveRepository, pages: FeedsCheckResult['pages']): Promise<FeedStoreOutcome> {
  const outcome: FeedStoreOutcome = { added: 0, duplicates: 0, invalid: 0 }
  const byFeed = new Map<string, ArchiveItem[]>()
  const images = new Map<string, ImportedImage[]>()
  for (const { feedUrl, page } of pages) {
    const built = await buildItem({ kind: 'page', page })
    if (!built.ok) {
      outcome.invalid++
      continue
    }
    byFeed.set(feedUrl, [...(byFeed.get(feedUrl) ?? []), built.item])
    if (built.images.length > 0) images.set(built.item.id, built.images)
  }
  for (const [feedUrl, items] of byFeed) {
    const stored = await archive.storeImported(items, feedUrl, images)
    outcome.added += stored.added.length
    outcome.duplicates += stored.duplicates.length
  }
  return outcome
}
