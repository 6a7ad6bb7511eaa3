import { useTranslation } from 'react-i18next'
import { COLOURS, DEFAULT_COLOUR_MEANING_KEYS, SETTING_COLOUR_MEANINGS, type Colour } from '../../../../shared/domain/annotation'
import { colourMeaningsSchema } from '../../../../shared/backup/records'
import { useStoredSetting } from '../../app/liveData'

/** The label of each colour: the researcher's own name for it, else the default meaning. */
export function useColourMeanings(): { label: (colour: Colour | null) => string; custom: Partial<Record<Colour, string>> } {
  const { t } = useTranslation()
  const parsed = colourMeaningsSchema.safeParse(useStoredSetting(SETTING_COLOUR_MEANINGS))
  const custom = parsed.success ? parsed.data.meanings : {}
  return {
    custom,
    label: (colour) => (colour === null ? t('colours.none') : custom[colour]?.trim() || t(DEFAULT_COLOUR_MEANING_KEYS[colour]))
  }
}

/** Keys 1–4 pick the colours in this order. */
export const COLOUR_SHORTCUTS: readonly (readonly [string, Colour])[] = COLOURS.map((c, i) => [String(i + 1), c] as const)
