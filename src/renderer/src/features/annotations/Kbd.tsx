import { useTranslation } from 'react-i18next'

/** A keyboard key as the UI shows it; digits in the interface's own script. */
export function Kbd({ children }: { children: string | number }): React.JSX.Element {
  const { i18n } = useTranslation()
  const text = typeof children === 'number' || /^\d+$/.test(children) ? new Intl.NumberFormat(i18n.language).format(Number(children)) : children
  return (
    <kbd className="kbd" dir="ltr">
      {text}
    </kbd>
  )
}
