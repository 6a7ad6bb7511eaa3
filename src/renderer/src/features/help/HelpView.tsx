import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ShortcutList } from './ShortcutsSheet'

const SECTIONS = ['reading', 'search', 'annotating', 'colours', 'backup', 'model', 'import', 'export'] as const

/** The guide: where everything is and how to reach it by mouse and by keyboard, in the interface's language. */
export function HelpView({ onShortcuts }: { onShortcuts: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <article className="help" aria-labelledby="help-title" data-testid="help-view">
      <h1 id="help-title" ref={heading} tabIndex={-1}>
        {t('help.title')}
      </h1>
      <p>{t('help.intro')}</p>
      <nav aria-label={t('help.title')}>
        <ul className="help__toc">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#help-${s}`}>{t(`help.${s}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s} id={`help-${s}`} aria-labelledby={`help-${s}-title`} data-testid={`help-${s}`}>
          <h2 id={`help-${s}-title`}>{t(`help.${s}.title`)}</h2>
          {(t(`help.${s}.body`, { returnObjects: true }) as string[]).map((p) => (
            <p key={p} dir="auto">
              {p}
            </p>
          ))}
        </section>
      ))}
      <section aria-labelledby="help-shortcuts-title">
        <h2 id="help-shortcuts-title">{t('help.shortcuts.title')}</h2>
        <button type="button" onClick={onShortcuts}>
          {t('help.shortcuts.openSheet')}
        </button>
        <ShortcutList idPrefix="help-keys" />
      </section>
    </article>
  )
}
