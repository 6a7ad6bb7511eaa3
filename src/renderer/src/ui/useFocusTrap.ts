import { useEffect, type RefObject } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The elements Tab can reach inside `root`, in order. */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('fieldset:disabled') && el.getClientRects().length > 0)
}

/**
 * A modal's focus: Tab and Shift+Tab cycle inside `root`, and when the modal closes the focus goes
 * back to what opened it (if that is still in the page), not to the page body.
 */
export function useFocusTrap(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const el = root.current
    if (!el) return
    if (!el.contains(document.activeElement)) (tabbables(el)[0] ?? el).focus()
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Tab') return
      const items = tabbables(el)
      const first = items[0]
      const last = items.at(-1)
      if (!first || !last) {
        e.preventDefault()
        return
      }
      const active = document.activeElement
      if (e.shiftKey && (active === first || !el.contains(active))) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && (active === last || !el.contains(active))) {
        e.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', onKey, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      // After React removes the modal: put the focus back where the researcher was.
      setTimeout(() => {
        if (opener?.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus()
      }, 0)
    }
  }, [root])
}
