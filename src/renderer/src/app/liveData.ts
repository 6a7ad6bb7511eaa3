import { useLiveQuery } from 'dexie-react-hooks'
import type { Annotation } from '@shared/domain/annotation'
import type { SummaryVersion } from '@shared/domain/summary'
import type { Edition } from '@shared/archive/editions'
import type { ArticleImageRecord, ArticleRecord } from '../db/records'
import { useAppServices } from './AppServicesContext'
import type { AppServices } from './createAppServices'

/**
 * Repository reads that follow the data: `read` runs again whenever a table it read from changes
 * (Dexie's liveQuery sees the repository's queries). `undefined` while the first answer loads.
 */
export function useLive<T>(read: (services: AppServices) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const services = useAppServices()
  return useLiveQuery(() => read(services), [services, ...deps])
}

/** The article with this id: `null` when there is none, `undefined` while loading or without an id. */
export function useArticle(id: string | null): ArticleRecord | null | undefined {
  return useLive((s) => (id ? s.articles.get(id) : Promise.resolve(undefined)), [id])
}

export function useAnnotationsOf(articleId: string): Annotation[] | undefined {
  return useLive((s) => s.annotations.listFor(articleId), [articleId])
}

export function useAllAnnotations(): Annotation[] | undefined {
  return useLive((s) => s.annotations.listAll(), [])
}

export function useArticleTitles(ids: readonly string[]): Map<string, string> | undefined {
  return useLive((s) => s.articles.titles(ids), [ids])
}

export function useSummaryVersions(articleId: string): SummaryVersion[] | undefined {
  return useLive((s) => s.summaries.versionsFor(articleId), [articleId])
}

/** A setting's stored value as it changes, unchecked: the caller validates it. */
export function useStoredSetting(key: string): unknown {
  return useLive((s) => s.settings.raw(key), [key])
}

export function useEditions(enabled: boolean): Edition[] | undefined {
  return useLive((s) => (enabled ? s.articles.editions() : Promise.resolve([])), [enabled])
}

/** The pictures stored with an article, as they change. */
export function useArticleImages(articleId: string): ArticleImageRecord[] | undefined {
  return useLive((s) => s.articles.images(articleId), [articleId])
}
