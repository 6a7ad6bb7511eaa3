import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppServices } from './app/AppServicesContext'
import { useArticle, useEditions } from './app/liveData'
import { useLibraryHeads } from './app/libraryHeads'
import { LibraryView } from './features/library/LibraryView'
import type { LibraryQuery } from './features/library/libraryModel'
import { ReaderView } from './features/reader/ReaderView'
import { ImportProgress } from './features/startup/ImportProgress'
import { PackErrors } from './features/startup/PackErrors'
import { useArchiveStartup } from './features/startup/useArchiveStartup'
import { LanguageSwitch } from './features/settings/LanguageSwitch'
import { useFollowStoredLanguage, useLanguageSwitch } from './features/settings/useLanguageSwitch'
import { useTextSize } from './features/settings/useTextSize'
import { SearchPanel } from './features/search/SearchPanel'
import { useCommand } from './ui/keyboard/KeyboardContext'
import { ariaKeys, chordLabel, COMMANDS } from './ui/keyboard/commands'
import { ShortcutsSheet } from './features/help/ShortcutsSheet'
import { HelpView } from './features/help/HelpView'
import { SettingsView } from './features/settings/SettingsView'
import { ExportDialog } from './features/export/ExportDialog'
import { AnnotatedReader } from './features/annotations/AnnotatedReader'
import { AnnotationsView } from './features/annotations/AnnotationsView'
import { FileImportButtons, FileImportPanel } from './features/import/FileImport'
import { DigestBar } from './features/digest/DigestBar'
import { OriginalLink } from './features/import/OriginalLink'
import { useFileImport } from './features/import/useFileImport'
import { EditionsView } from './features/editions/EditionsView'
import { FeedsStartupStatus } from './features/feeds/FeedsStartupStatus'
import { useFeedsOnStart } from './features/feeds/useFeedsOnStart'

type MainView =
  | { name: 'library' }
  | { name: 'reader'; articleId: string; query?: string; annotationId?: string; from?: 'library' | 'annotations' | 'editions' }
  | { name: 'annotations' }
  | { name: 'editions' }
  | { name: 'help' }
/** Settings remembers the view it was opened from, so Back returns there (an open article included). */
type View = MainView | { name: 'settings'; from: MainView }

/** Routing and layout only: every feature gets its data and services through useAppServices(). */
export function App(): React.JSX.Element {
  const { t } = useTranslation()
  const { search } = useAppServices()
  const { state, retry } = useArchiveStartup()
  const [view, setView] = useState<View>({ name: 'library' })
  const [lastOpened, setLastOpened] = useState<string | null>(null)
  const [query, setQuery] = useState<LibraryQuery>({ sort: 'date-desc', source: null, tag: null })
  const [textSize, changeTextSize] = useTextSize()
  const [searchOpen, setSearchOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const fileImport = useFileImport()

  const ready = state.status === 'ready'
  const feedsOnStart = useFeedsOnStart(ready)
  const library = useLibraryHeads()
  const heads = library.heads
  // The library, the reader and search are there as soon as there are articles: on a later start
  // before the packs are checked, on a first start once the import has stored its first page. The
  // index is built when the import is done, or at the first query (see changesAfterInit).
  const usable = ready || (state.status !== 'failed' && heads.length > 0)
  // The index loads once the library is listed: its snapshot is one large IndexedDB read, which
  // otherwise holds up the library's own reads on a warm start (issue 18). A query asked earlier
  // starts it at once.
  const listed = library.complete
  useEffect(() => {
    if (ready && listed) search.init()
  }, [ready, listed, search])
  // As soon as a first import starts, the packs' prebuilt indexes are fetched and the worker starts
  // loading one, while the first pages are stored (the host serves the file in one read; the check
  // of a large pack's items runs meanwhile).
  const prefetch = state.status === 'importing'
  useEffect(() => {
    if (prefetch) void search.prefetchPackIndexes()
  }, [prefetch, search])
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  useCommand('search.open', () => setSearchOpen(true), usable)
  useCommand('shortcuts.open', () => setShortcutsOpen(true))
  useCommand('export.open', () => setExportOpen(true), ready)
  const editions = useEditions(usable)
  const openRecord = useArticle(view.name === 'reader' ? view.articleId : null)

  const { byId } = library
  const exists = useCallback((id: string) => byId.has(id), [byId])
  const switchLanguage = useLanguageSwitch()
  useFollowStoredLanguage()
  const open = useCallback((articleId: string, query?: string) => {
    setLastOpened(articleId)
    setSearchOpen(false)
    setView({ name: 'reader', articleId, query })
  }, [])
  const toLibrary = useCallback(() => setView({ name: 'library' }), [])
  // Leaving an article returns to where it was opened from: the annotations view, the editions or the library.
  const back = useCallback(
    () => setView((v) => (v.name === 'reader' && (v.from === 'annotations' || v.from === 'editions') ? { name: v.from } : { name: 'library' })),
    []
  )

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
          <button
            type="button"
            aria-current={view.name === 'editions' ? 'page' : undefined}
            onClick={() => setView({ name: 'editions' })}
            disabled={!ready}
            data-testid="open-editions"
          >
            {t('editions.title')}
          </button>
          <button type="button" aria-current={view.name === 'help' ? 'page' : undefined} onClick={() => setView({ name: 'help' })} data-testid="open-help">
            {t('help.open')}
          </button>
        </nav>
        <div className="app__actions">
          <button type="button" onClick={() => setSearchOpen(true)} aria-keyshortcuts={ariaKeys('search.open')} data-testid="open-search" disabled={!usable}>
            {t('search.open')} <kbd dir="ltr">{chordLabel(COMMANDS['search.open'].keys[0])}</kbd>
          </button>
          <FileImportButtons controls={fileImport} enabled={ready} />
          <button type="button" onClick={() => setExportOpen(true)} disabled={!ready} aria-keyshortcuts={ariaKeys('export.open')} title={chordLabel(COMMANDS['export.open'].keys[0])} data-testid="open-export">
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
        {state.status === 'checking' && !usable ? <div className="app__checking" aria-busy="true" /> : null}
        {state.status === 'importing' && !usable ? <ImportProgress progress={state.progress} /> : null}
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
        {ready && view.name !== 'reader' ? <FeedsStartupStatus state={feedsOnStart} /> : null}
        {/* The import report stays with the library: over the reader it would push the text down (it comes back on return). */}
        {ready && view.name !== 'reader' ? <FileImportPanel controls={fileImport} enabled={ready} onOpen={open} /> : null}
        {usable && view.name === 'reader' && openRecord ? (
          <DigestBar record={openRecord} onSwitch={(articleId) => setView({ ...view, articleId, annotationId: undefined, query: undefined })} />
        ) : null}
        {usable && view.name === 'library' ? (
          <LibraryView
            heads={heads}
            exists={exists}
            sources={library.sources}
            tags={library.tags}
            complete={library.complete}
            banner={state.status === 'importing' ? <ImportProgress progress={state.progress} inline /> : null}
            editions={editions}
            query={query}
            onQueryChange={setQuery}
            onOpen={open}
            focusId={lastOpened}
          />
        ) : null}
        {usable && view.name === 'reader' ? (
          <AnnotatedReader
            key={`${view.articleId}\u0000${view.annotationId ?? ''}`}
            articleId={view.articleId}
            record={openRecord}
            focusAnnotationId={view.annotationId}
          >
            {(marks) => (
              <ReaderView
                key={`${view.articleId}\u0000${view.query ?? ''}`}
                articleId={view.articleId}
                record={openRecord}
                textSize={textSize}
                onTextSize={changeTextSize}
                onBack={back}
                backLabel={t(view.from === 'annotations' ? 'reader.backToAnnotations' : view.from === 'editions' ? 'reader.backToEditions' : 'reader.back')}
                initialQuery={view.query}
                marks={marks}
                toolbarEnd={
                  // A digest and its attached original show their address in the digest bar instead.
                  openRecord?.item.url && openRecord.item.kind !== 'digest' && !openRecord.originalOf ? <OriginalLink url={openRecord.item.url} /> : null
                }
              />
            )}
          </AnnotatedReader>
        ) : null}
        {ready && view.name === 'annotations' ? (
          <AnnotationsView onOpen={(articleId, annotationId) => setView({ name: 'reader', articleId, annotationId, from: 'annotations' })} />
        ) : null}
        {ready && view.name === 'editions' ? (
          <EditionsView
            editions={editions ?? []}
            heads={heads}
            onOpen={(articleId) => setView({ name: 'reader', articleId, from: 'editions' })}
            onShowItems={(edition) => {
              setQuery((q) => ({ ...q, edition, year: '' }))
              setView({ name: 'library' })
            }}
          />
        ) : null}
        {view.name === 'help' ? <HelpView onShortcuts={() => setShortcutsOpen(true)} /> : null}
        {view.name === 'settings' ? <SettingsView onBack={() => setView(view.from)} feedsCheckedOnStart={feedsOnStart.kind === 'done' ? feedsOnStart.feeds : undefined} /> : null}
      </main>
      {ready && exportOpen ? (
        <ExportDialog articleId={view.name === 'reader' ? view.articleId : null} onClose={() => setExportOpen(false)} />
      ) : null}
      {shortcutsOpen ? <ShortcutsSheet onClose={() => setShortcutsOpen(false)} /> : null}
      {usable && searchOpen ? (
        <SearchPanel client={search} heads={heads} byId={library.byId} sources={library.sources} tags={library.tags} onOpen={open} onClose={() => setSearchOpen(false)} />
      ) : null}
    </div>
  )
}
