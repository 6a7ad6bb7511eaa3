import { useTranslation } from 'react-i18next'

/** Shown from this share of the limit on: a counter that is always there is noise. */
const SHOW_FROM = 0.8

/** How much of a field's limit is used, shown near the limit (the field's maxLength enforces it). */
export function LengthCounter({ length, max, id }: { length: number; max: number; id?: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (length < max * SHOW_FROM) return null
  return (
    <span id={id} className={length >= max ? 'length-counter length-counter--full' : 'length-counter'} aria-live="polite" data-testid="length-counter">
      {t(length >= max ? 'limits.full' : 'limits.counter', { length, max })}
    </span>
  )
}
