import { randomUUID } from 'node:crypto'

/** The in-app host that serves export documents to the hidden print window, from memory. */
export const PRINT_HOST = 'print'

/** The print window's document may style itself and use its embedded fonts; nothing else, and no script. */
export const PRINT_DOCUMENT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export interface PrintDocuments {
  /** Holds `html` under a fresh random path until `remove` is called. */
  add(html: string): { path: string; remove(): void }
  /** The document at a request path, or undefined. */
  get(path: string): string | undefined
  readonly size: number
}

/**
 * Export documents waiting to be printed. Nothing touches the disk (no world-readable temp file,
 * nothing left after a crash), and each print has its own unguessable path, gone when it ends.
 */
export function createPrintDocuments(): PrintDocuments {
  const documents = new Map<string, string>()
  return {
    add(html) {
      const path = `/${randomUUID()}.html`
      documents.set(path, html)
      return { path, remove: () => void documents.delete(path) }
    },
    get: (path) => documents.get(path),
    get size() {
      return documents.size
    }
  }
}
