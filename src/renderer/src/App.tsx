import { useCallback, useEffect, useMemo, useState } from 'react'
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
import { SearchPanel } from './features/search/SearchPanel'
import type { SearchClient } from './search/searchClient'
import { useCtrlShortcut } from './ui/useCtrlShortcut'
import { SettingsView } from './features/settings/SettingsView'
import { ExportDialog } from './features/export/ExportDialog'
import { AnnotatedReader } from './features/annotations/AnnotatedReader'
import { AnnotationsView } from './features/annotations/AnnotationsView'
import { createAnnotationServices } from './features/annotations/services'
import { FileImportButtons, FileImportPanel } from './features/import/FileImport'
import { OriginalLink } from './features/import/OriginalLink'
import { useFileImport } from './features/import/useFileImport'

type MainView =
  | { name: 'library' }
  | { name: 'reader'; articleId: string; query?: string; annotationId?: string; from?: 'library' | 'annotations' }
  | { name: 'annotations' }
/** Settings remembers the view it was opened from, so Back returns there (an open article included). */
type View = MainView | { name: 'settings'; from: MainView }

export function App({ db, host, search }: { db: BayeganDb; host: HostClient; search: SearchClient }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { state, retry } = useArchiveStartup(db, host)
  const [view, setView] = useState<View>({ name: 'library' })
  const [lastOpened, setLastOpened] = useState<string | null>(null)
  const [query, setQuery] = useState<LibraryQuery>({ sort: 'date-desc', source: null, tag: null })
  const [textSize, setTextSize] = useState(DEFAULT_TEXT_SIZE)
  const [searchOpen, setSearchOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  // One repository, journal queue and undo history for the whole session.
  const annotations = useMemo(() => createAnnotationServices(db, host), [db, host])
  const fileImport = useFileImport(db, host)

  useEffect(() => {
    void readSetting(db, SETTING_TEXT_SIZE, isTextSize, DEFAULT_TEXT_SIZE).then(setTextSize)
  }, [db])

  const ready = state.status === 'ready'
  useEffect(() => {
    if (ready) search.init()
  }, [ready, search])
  useCtrlShortcut('k', () => setSearchOpen(true))
  const heads = useLiveQuery(() => (ready ? db.articleHeads.toArray() : []), [db, ready])
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
  const open = useCallback((articleId: string, query?: string) => {
    setLastOpened(articleId)
    setSearchOpen(false)
    setView({ name: 'reader', articleId, query })
  }, [])
  const toLibrary = useCallback(() => setView({ name: 'library' }), [])
  // Leaving an article returns to where it was opened from: the annotations view or the library.
  const back = useCallback(() => setView((v) => (v.name === 'reader' && v.from === 'annotations' ? { name: 'annotations' } : { name: 'library' })), [])

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
        <nav className="app__nav" aria-label={t('app.navigation')}>
          <button type="button" aria-current={view.name === 'library' ? 'page' : undefined} onClick={toLibrary} data-testid="open-library">
            {t('library.title')}
          </button>
          <button
            type="button"
            aria-current={view.name === 'annotations' ? 'page' : undefined}
            onClick={() => setView({ name: 'annotations' })}
            disabled={!ready}
            data-testid="open-annotations"
          >
            {t('annotations.open')}
          </button>
        </nav>
        <div className="app__actions">
          <button type="button" onClick={() => setSearchOpen(true)} aria-keyshortcuts="Control+K" data-testid="open-search" disabled={!ready}>
            {t('search.open')} <kbd dir="ltr">{t('search.shortcut')}</kbd>
          </button>
          <FileImportButtons controls={fileImport} enabled={ready} />
          <button type="button" onClick={() => setExportOpen(true)} disabled={!ready} data-testid="open-export">
            {t('export.open')}
          </button>
          <button
            type="button"
            aria-pressed={view.name === 'settings'}
            onClick={() => setView((v) => (v.name === 'settings' ? v.from : { name: 'settings', from: v }))}
            data-testid="open-settings"
          >
            {t('settings.open')}
          </button>
          <LanguageSwitch onSwitch={switchLanguage} />
        </div>
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
        {ready ? <FileImportPanel controls={fileImport} enabled={ready} onOpen={open} /> : null}
        {ready && view.name === 'reader' && openRecord?.item.url ? <OriginalLink host={host} url={openRecord.item.url} /> : null}
        {ready && view.name === 'library' && heads ? (
          <LibraryView heads={heads} query={query} onQueryChange={setQuery} onOpen={open} focusId={lastOpened} />
        ) : null}
        {ready && view.name === 'reader' ? (
          <AnnotatedReader
            key={`${view.articleId}\u0000${view.annotationId ?? ''}`}
            services={annotations}
            articleId={view.articleId}
            record={openRecord}
            focusAnnotationId={view.annotationId}
          >
            {(marks) => (
              <ReaderView
                key={`${view.articleId}\u0000${view.query ?? ''}`}
                db={db}
                articleId={view.articleId}
                record={openRecord}
                textSize={textSize}
                onTextSize={changeTextSize}
                onBack={back}
                backLabel={t(view.from === 'annotations' ? 'reader.backToAnnotations' : 'reader.back')}
                initialQuery={view.query}
                marks={marks}
              />
            )}
          </AnnotatedReader>
        ) : null}
        {ready && view.name === 'annotations' ? (
          <AnnotationsView services={annotations} onOpen={(articleId, annotationId) => setView({ name: 'reader', articleId, annotationId, from: 'annotations' })} />
        ) : null}
        {view.name === 'settings' ? <SettingsView db={db} host={host} onBack={() => setView(view.from)} /> : null}
      </main>
      {ready && exportOpen ? (
        <ExportDialog db={db} host={host} articleId={view.name === 'reader' ? view.articleId : null} onClose={() => setExportOpen(false)} />
      ) : null}
      {ready && searchOpen ? <SearchPanel client={search} heads={heads ?? []} onOpen={open} onClose={() => setSearchOpen(false)} /> : null}
    </div>
  )
}
