import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './recovery.css'

interface State {
  error: Error | null
}

/**
 * A rendering error shows a way back instead of a blank window: try the view again, or reload the
 * window. What the researcher saved is in the database and the journal, so nothing is lost.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Bayegan view failed', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return <ErrorFallback error={this.state.error} onRetry={() => this.setState({ error: null })} />
  }
}

function ErrorFallback({ error, onRetry }: { error: Error; onRetry(): void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <main className="error-fallback" role="alert" data-testid="error-fallback">
      <h1>{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.body')}</p>
      <details>
        <summary>{t('errorBoundary.details')}</summary>
        <pre dir="ltr">{`${error.name}: ${error.message}`}</pre>
      </details>
      <div className="error-fallback__actions">
        <button type="button" className="button--primary" onClick={onRetry} data-testid="error-retry">
          {t('errorBoundary.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()} data-testid="error-reload">
          {t('errorBoundary.reload')}
        </button>
      </div>
    </main>
  )
}
