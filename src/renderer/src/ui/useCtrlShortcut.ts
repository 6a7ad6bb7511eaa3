import { useEffect, useRef } from 'react'

/** Ctrl+key (⌘ on a Mac) anywhere in the window runs `action` instead of the browser's own shortcut. */
export function useCtrlShortcut(key: string, action: () => void): void {
  const latest = useRef(action)
  latest.current = action
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === key) {
        e.preventDefault()
        latest.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [key])
}
