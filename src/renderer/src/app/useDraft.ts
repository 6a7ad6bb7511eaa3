import { useCallback, useEffect, useRef, useState } from 'react'
import { useAppServices } from './AppServicesContext'

/** Typing pauses this long before the draft is written: short, so a closed window loses at most this much. */
export const DRAFT_DELAY_MS = 300

export interface DraftControls {
  /** A draft from an earlier session that differs from the saved text, offered back until taken or declined. */
  offered: string | null
  take(): string | null
  decline(): void
  /** Writes the draft now (before a save, so a failed save still has it in IndexedDB). */
  flush(): Promise<void>
  /**
   * The edit was saved or deliberately discarded: the draft goes, unless it is still on offer
   * (the researcher left the editor without answering the offer: it stays for next time).
   */
  clear(): void
}

/**
 * Keeps what is being typed into an editor as a draft in IndexedDB: written after a short pause,
 * and at once when the page is hidden or unloaded (the window closing). Opening the editor again
 * offers the draft back when it differs from what is saved.
 */
export function useDraft(key: string, text: string, saved: string): DraftControls {
  const { drafts } = useAppServices()
  const [offered, setOffered] = useState<string | null>(null)
  const onOffer = useRef(false)
  onOffer.current = offered !== null
  const latest = useRef(text)
  latest.current = text
  // Whether the text has changed since the draft was last written.
  const dirty = useRef(false)
  const cleared = useRef(false)

  useEffect(() => {
    let live = true
    void drafts.get(key).then((draft) => {
      if (live && draft && draft.text !== saved) setOffered(draft.text)
    })
    return () => {
      live = false
    }
    // Once per editor opening: `saved` changing under an open editor is not a new offer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts, key])

  const write = useCallback(async (): Promise<void> => {
    if (!dirty.current || cleared.current) return
    dirty.current = false
    await drafts.save(key, latest.current)
  }, [drafts, key])

  useEffect(() => {
    if (text === saved && !dirty.current) return
    dirty.current = true
    cleared.current = false
    const timer = setTimeout(() => void write(), DRAFT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, saved, write])

  useEffect(() => {
    // No awaiting here: the page may be gone before a promise settles.
    const now = (): void => {
      if (!dirty.current || cleared.current) return
      if (drafts.saveNow(key, latest.current)) dirty.current = false
      else void write()
    }
    window.addEventListener('pagehide', now)
    window.addEventListener('beforeunload', now)
    return () => {
      window.removeEventListener('pagehide', now)
      window.removeEventListener('beforeunload', now)
    }
  }, [drafts, key, write])

  return {
    offered,
    take: () => {
      const text = offered
      setOffered(null)
      return text
    },
    decline: () => {
      setOffered(null)
      void drafts.discard(key)
    },
    flush: write,
    clear: () => {
      cleared.current = true
      dirty.current = false
      if (!onOffer.current) void drafts.discard(key)
    }
  }
}
