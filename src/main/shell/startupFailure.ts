import type { BrowserWindow, Dialog } from 'electron'

/**
 * The main process has no i18next and may fail before the renderer (and its language setting)
 * exists, so its few words are written in both languages at once, Persian first.
 */
export const STARTUP_FAILURE_TEXT = {
  title: { fa: 'بایگان نتوانست آغاز شود', en: 'Bayegan could not start' },
  crashLoop: {
    fa: 'صفحهٔ بایگان چند بار پشت سر هم از کار افتاد. آنچه نوشته بودید ذخیره شده است؛ برنامه را ببندید و دوباره باز کنید.',
    en: 'The Bayegan window stopped working several times in a row. What you wrote is saved; close the app and open it again.'
  },
  hint: {
    fa: 'یادداشت‌ها و نوشته‌های شما دست نخورده‌اند. اگر این پیام دوباره آمد، متن زیر را برای پشتیبانی بفرستید.',
    en: 'Your notes and writing are untouched. If this happens again, send the text below to support.'
  }
} as const

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

/** A self-contained page (no script, no remote anything) saying what failed, as a data: URL. */
export function failurePageUrl(detail: string, lead: { fa: string; en: string } = STARTUP_FAILURE_TEXT.hint): string {
  const t = STARTUP_FAILURE_TEXT.title
  const html = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t.fa)}</title>
<style>body{font:16px/1.7 system-ui,sans-serif;margin:3rem;background:#faf8f3;color:#222}pre{white-space:pre-wrap;background:#fff;border:1px solid #ccc;padding:1rem}</style>
</head><body><main role="alert">
<h1>${escapeHtml(t.fa)}</h1><p>${escapeHtml(lead.fa)}</p>
<section lang="en" dir="ltr"><h2>${escapeHtml(t.en)}</h2><p>${escapeHtml(lead.en)}</p></section>
<pre dir="ltr" data-testid="startup-error">${escapeHtml(detail)}</pre>
</main></body></html>`
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`
}

/**
 * Shows a startup failure where the researcher looks: in the window when there is one,
 * otherwise in a native error box (before any window exists).
 */
export async function showStartupFailure(
  win: Pick<BrowserWindow, 'loadURL' | 'show' | 'isDestroyed'> | null,
  dialog: Pick<Dialog, 'showErrorBox'>,
  error: unknown
): Promise<void> {
  const detail = describeError(error)
  if (win && !win.isDestroyed()) {
    try {
      await win.loadURL(failurePageUrl(detail))
      win.show()
      return
    } catch {
      // fall through to the native box
    }
  }
  const t = STARTUP_FAILURE_TEXT
  dialog.showErrorBox(`${t.title.fa} — ${t.title.en}`, `${t.hint.fa}\n\n${t.hint.en}\n\n${detail}`)
}
