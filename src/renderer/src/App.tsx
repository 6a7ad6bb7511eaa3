import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import type { BayeganDb } from './db/database'
import { DEFAULT_TEXT_SIZE, isTextSize, readSetting, SETTING_LANGUAGE, SETTING_TEXT_SIZE, writeSetting } from './db/settings'
import type { HostClient } from './host/hostClient'
import { applyDocumentLanguage, type Language } from './i18n'
import { LibraryView } from './features/library/LibraryView'
import type { LibraryQuery } from './features/library/libraryModel'
import { ReaderView } from './features/reader/ReaderView'
import { ImportProgress } from './features/startup/ImportProgress'
import { PackErrors } from './features/startup/PackErrors'
import { useArchiveStartup } from './features/startup/useArchiveStartup'
import { LanguageSwitch } from './features/settings/LanguageSwitch'

type View = { name: 'library' } | { name: 'reader'; articleId: string }

export function App({ db, host }: { db: BayeganDb; host: HostClient }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { state, retry } = useArchiveStartup(db, host)
  const [view, setView] = useState<View>({ name: 'library' })
  const [lastOpened, setLastOpened] = useState<string | null>(null)
  const [query, setQuery] = useState<LibraryQuery>({ sort: 'date-desc', source: null, tag: null })
  const [textSize, setTextSize] = useState(DEFAULT_TEXT_SIZE)

  useEffect(() => {
    void readSetting(db, SETTING_TEXT_SIZE, isTextSize, DEFAULT_TEXT_SIZE).then(setTextSize)
  }, [db])

  const ready = state.status === 'ready'
  const records = useLiveQuery(() => (ready ? db.articles.toArray() : []), [db, ready])
  const openId = view.name === 'reader' ? view.articleId : null
  const openRecord = useLiveQuery(async () => (openId ? ((await db.articles.get(openId)) ?? null) : undefined), [db, openId])

  const switchLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language)
      applyDocumentLanguage(document, language, i18n.t('app.name'))
      await writeSetting(db, SETTING_LANGUAGE, language)
    },
    [db, i18n]
  )
  const changeTextSize = useCallback(
    (size: number) => {
      setTextSize(size)
      void writeSetting(db, SETTING_TEXT_SIZE, size)
    },
    [db]
  )
  const open = useCallback((articleId: string) => {
    setLastOpened(articleId)
    setView({ name: 'reader', articleId })
  }, [])
  const back = useCallback(() => setView({ name: 'library' }), [])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app__bar">
        <div className="app__brand">
          <span className="app__name">{t('app.name')}</span>
          <span className="app__tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitch onSwitch={switchLanguage} />
      </header>
      <main id="main" className="app__main" data-view={view.name}>
        {state.status === 'checking' ? <div className="app__checking" aria-busy="true" /> : null}
        {state.status === 'importing' ? <ImportProgress progress={state.progress} /> : null}
        {state.status === 'failed' ? (
          <div className="startup-failed" role="alert" data-testid="startup-failed">
            <p>{t('import.failed')}</p>
            <details>
              <summary>{t('import.detail')}</summary>
              <p dir="auto">{state.message}</p>
            </details>
            <button type="button" onClick={retry}>
              {t('import.retry')}
            </button>
          </div>
        ) : null}
        {state.status === 'ready' ? <PackErrors refused={state.outcome.refused} /> : null}
        {ready && view.name === 'library' && records ? (
          <LibraryView records={records} query={query} onQueryChange={setQuery} onOpen={open} focusId={lastOpened} />
        ) : null}
        {ready && view.name === 'reader' ? (
          <ReaderView db={db} articleId={view.articleId} record={openRecord} textSize={textSize} onTextSize={changeTextSize} onBack={back} />
        ) : null}
      </main>
    </div>
  )
}
