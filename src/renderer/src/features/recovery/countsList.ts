import type { TFunction } from 'i18next'

type Counted = 'annotations' | 'summaries' | 'articles' | 'settings'

/** «1 annotation, 3 summaries»: each count with its noun in the plural form the language wants. */
export function countsList(t: TFunction, counts: Partial<Record<Counted, number>>): string {
  const kinds: Counted[] = ['annotations', 'summaries', 'articles', 'settings']
  return kinds
    .filter((kind) => counts[kind] !== undefined)
    .map((kind) => t(`restoreOffer.n.${kind}`, { count: counts[kind] }))
    .join(t('restoreOffer.n.separator'))
}
