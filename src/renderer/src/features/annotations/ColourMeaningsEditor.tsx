import { useTranslation } from 'react-i18next'
import { COLOURS, DEFAULT_COLOUR_MEANING_KEYS, type Colour } from '../../../../shared/domain/annotation'
import { useAppServices } from '../../app/AppServicesContext'
import { useColourMeanings } from './useColourMeanings'

/**
 * Lets the researcher rename what each colour means. Each field is labelled with its colour's name
 * and holds the meaning in force (the default one too, as a real value, not a pale placeholder);
 * an emptied name goes back to the default.
 */
export function ColourMeaningsEditor(): React.JSX.Element {
  const { t } = useTranslation()
  const { annotations } = useAppServices()
  const { custom } = useColourMeanings()
  const save = (colour: Colour, value: string): void => {
    const next = { ...custom, [colour]: value.trim() }
    // Emptied, or left at the default wording: the default meaning (which follows the interface language).
    if (!next[colour] || next[colour] === t(DEFAULT_COLOUR_MEANING_KEYS[colour])) delete next[colour]
    if ((custom[colour] ?? '') !== (next[colour] ?? '')) void annotations.saveColourMeanings(next)
  }
  return (
    <fieldset className="colour-meanings">
      <legend>{t('colours.title')}</legend>
      {COLOURS.map((colour) => (
        <label key={colour} className="colour-meanings__row">
          <span className={`swatch swatch--${colour}`} aria-hidden="true" />
          <span className="colour-meanings__name">{t(`colours.name.${colour}`)}</span>
          <input
            dir="auto"
            maxLength={60}
            defaultValue={custom[colour] ?? t(DEFAULT_COLOUR_MEANING_KEYS[colour])}
            key={`${custom[colour] ?? ''}\u0000${t(DEFAULT_COLOUR_MEANING_KEYS[colour])}`}
            onBlur={(e) => save(colour, e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur()
            }}
            data-testid={`meaning-${colour}`}
          />
        </label>
      ))}
    </fieldset>
  )
}
