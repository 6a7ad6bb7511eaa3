import { useTranslation } from 'react-i18next'
import { COLOURS, type Colour } from '../../../../shared/domain/annotation'

/** Recolours a highlight: one toggle button per colour, the current one pressed. */
export function ColourPicker({ value, label, onPick }: { value: Colour | null; label: (c: Colour) => string; onPick: (c: Colour) => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <span className="colour-picker" role="group" aria-label={t('annotations.recolour')}>
      {COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`colour-picker__swatch swatch--${colour}`}
          aria-pressed={value === colour}
          aria-label={label(colour)}
          title={label(colour)}
          onClick={() => onPick(colour)}
          data-testid={`recolour-${colour}`}
        >
          <span className="swatch" aria-hidden="true" />
        </button>
      ))}
    </span>
  )
}
