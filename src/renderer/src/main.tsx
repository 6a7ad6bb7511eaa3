import '@fontsource/vazirmatn/400.css'
import '@fontsource/vazirmatn/500.css'
import '@fontsource/vazirmatn/700.css'
import './styles/app.css'
import './styles/dataSafety.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { KeyboardProvider } from './ui/keyboard/KeyboardContext'
import { AppServicesProvider } from './app/AppServicesContext'
import { createAppServices, flushJournalOnPageHide } from './app/createAppServices'
import { openDatabase } from './db/database'
import { SETTING_LANGUAGE } from './db/settings'
import { applyDocumentLanguage, createI18n, DEFAULT_LANGUAGE, isLanguage } from './i18n'
import { ErrorBoundary } from './features/recovery/ErrorBoundary'
import { RecoveryNotice } from './features/recovery/RecoveryNotice'
import { showStartupFailure } from './features/recovery/startupFailure'
import { JournalRestoreOffer } from './features/recovery/JournalRestoreOffer'
import { NoticeArea } from './features/notices/NoticeArea'

async function bootstrap(): Promise<void> {
  const services = createAppServices({
    db: openDatabase(),
    bridge: window.bayegan,
    searchWorker: new Worker(new URL('./search/search.worker.ts', import.meta.url), { type: 'module' }),
    storageManager: navigator.storage
  })
  flushJournalOnPageHide(services.journal, window)
  const language = await services.settings.read(SETTING_LANGUAGE, isLanguage, DEFAULT_LANGUAGE)
  const i18n = await createI18n(language)
  applyDocumentLanguage(document, language, i18n.t('app.name'))
  const root = document.getElementById('root')
  if (!root) throw new Error('missing #root')
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <RecoveryNotice />
          <AppServicesProvider services={services}>
            <KeyboardProvider>
              <App />
              <JournalRestoreOffer />
              <NoticeArea />
            </KeyboardProvider>
          </AppServicesProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  )
}

// Any failure before the first render is shown in the window, never left as a blank page.
bootstrap().catch((error: unknown) => {
  console.error('Bayegan could not start', error)
  showStartupFailure(document, error)
})
