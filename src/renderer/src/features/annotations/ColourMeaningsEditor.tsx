import { useTranslation } from 'react-i18next'
import { COLOURS, DEFAULT_COLOUR_MEANING_KEYS, type Colour } from '../../../../shared/domain/annotation'
import { useAppServices } from '../../app/AppServicesContext'
import { useColourMeanings } from './useColourMeanings'

/** Lets the researcher rename what each colour means; an emptied name goes back to the default. */
export function ColourMeaningsEditor(): React.JSX.Element {
  const { t } = useTranslation()
  const { annotations } = useAppServices()
  const { custom } = useColourMeanings()
  const save = (colour: Colour, value: string): void => {
    const next = { ...custom, [colour]: value.trim() }
    if (!next[colour]) delete next[colour]
    if ((custom[colour] ?? '') !== (next[colour] ?? '')) void annotations.saveColourMeanings(next)
  }
  return (
    <fieldset className="colour-meanings">
      <legend>{t('colours.title')}</legend>
      {COLOURS.map((colour) => (
        <label key={colour} className="colour-meanings__row">
          <span className={`swatch swatch--${colour}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`colours.name.${colour}`)}</span>
          <input
            dir="auto"
            maxLength={60}
            defaultValue={custom[colour] ?? ''}
            key={custom[colour] ?? ''}
            placeholder={t(DEFAULT_COLOUR_MEANING_KEYS[colour])}
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
