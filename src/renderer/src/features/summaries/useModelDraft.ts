import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArchiveItem } from '../../../../shared/archive/schema'
import { readingTextOf } from '../../../../shared/article/readingText'
import { MODEL_LIMITS, type ModelFailureCode, type ModelSettingsInput } from '../../../../shared/summary/modelSettings'
import { useAppServices } from '../../app/AppServicesContext'
import { HostCallError } from '../../host/hostClient'

export type DraftFailure = ModelFailureCode | 'not-configured' | 'host' | 'save-failed'

export type DraftState =
  | { kind: 'idle'; accepted?: boolean }
  | { kind: 'drafting'; requestId: string; model: string }
  | { kind: 'drafted'; fa: string; en: string; model: string }
  | { kind: 'failed'; code: DraftFailure; message: string; httpStatus?: number; timeoutMs?: number }

export interface ModelDraft {
  state: DraftState
  start(settings: ModelSettingsInput | undefined): Promise<void>
  cancel(): void
  accept(): Promise<void>
  discard(): void
}

/**
 * One draft at a time for the open article. The request runs in the main process under a fresh
 * id; leaving the article cancels it, and an answer that arrives for an older request is ignored.
 */
export function useModelDraft(articleId: string, item: ArchiveItem): ModelDraft {
  const { host, summaries } = useAppServices()
  const [state, setState] = useState<DraftState>({ kind: 'idle' })
  const active = useRef<string | null>(null)

  useEffect(() => {
    setState({ kind: 'idle' })
    return () => {
      const requestId = active.current
      active.current = null
      if (requestId) void host.call('model:cancel', { requestId }).catch(() => undefined)
    }
  }, [host, articleId])

  const start = useCallback(
    async (settings: ModelSettingsInput | undefined) => {
      if (!settings) return setState({ kind: 'failed', code: 'not-configured', message: '' })
      const requestId = crypto.randomUUID()
      active.current = requestId
      setState({ kind: 'drafting', requestId, model: settings.model })
      const reading = readingTextOf(item)
      try {
        const result = await host.call('model:draft', {
          requestId,
          settings,
          article: { title: item.title.slice(0, MODEL_LIMITS.titleChars), text: reading.text.slice(0, MODEL_LIMITS.articleChars) }
        })
        if (active.current !== requestId) return
        active.current = null
        if (result.status === 'drafted') setState({ kind: 'drafted', fa: result.fa, en: result.en, model: result.model })
        else {
          setState({
            kind: 'failed',
            code: result.code,
            message: result.message,
            ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
            timeoutMs: settings.timeoutMs
          })
        }
      } catch (err) {
        if (active.current !== requestId) return
        active.current = null
        setState({ kind: 'failed', code: 'host', message: err instanceof HostCallError || err instanceof Error ? err.message : String(err) })
      }
    },
    [host, item]
  )

  const cancel = useCallback(() => {
    const requestId = active.current
    // The pending draft resolves as 'cancelled' and shows that; the call here only stops it.
    if (requestId) void host.call('model:cancel', { requestId }).catch(() => undefined)
  }, [host])

  const accept = useCallback(async () => {
    if (state.kind !== 'drafted') return
    try {
      await summaries.acceptDraft(articleId, state)
      setState({ kind: 'idle', accepted: true })
    } catch (err) {
      setState({ kind: 'failed', code: 'save-failed', message: err instanceof Error ? err.message : String(err) })
    }
  }, [summaries, articleId, state])

  const discard = useCallback(() => setState({ kind: 'idle' }), [])
  return { state, start, cancel, accept, discard }
}
