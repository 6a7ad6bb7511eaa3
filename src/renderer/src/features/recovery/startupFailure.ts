import fa from '../../i18n/locales/fa.json'
import en from '../../i18n/locales/en.json'

export interface StartupFailureBlock {
  lang: 'fa' | 'en'
  dir: 'rtl' | 'ltr'
  title: string
  body: string
}

/**
 * What the window shows when the renderer cannot start. i18next may be what failed, and the chosen
 * language lives in the database that may not have opened, so both languages are shown, Persian
 * first, straight from the locale files.
 */
export function startupFailureContent(error: unknown): { blocks: StartupFailureBlock[]; reload: string; detail: string } {
  return {
    blocks: [
      { lang: 'fa', dir: 'rtl', title: fa.startupFailure.title, body: fa.startupFailure.body },
      { lang: 'en', dir: 'ltr', title: en.startupFailure.title, body: en.startupFailure.body }
    ],
    reload: `${fa.startupFailure.reload} / ${en.startupFailure.reload}`,
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  }
}

/** Replaces the page content with the failure, using text nodes only (the error text is never HTML). */
export function showStartupFailure(doc: Document, error: unknown): void {
  const content = startupFailureContent(error)
  const main = doc.createElement('main')
  main.className = 'startup-failure'
  main.setAttribute('role', 'alert')
  main.dataset['testid'] = 'startup-failure'
  for (const block of content.blocks) {
    const section = doc.createElement('section')
    section.lang = block.lang
    section.dir = block.dir
    const h1 = doc.createElement('h1')
    h1.textContent = block.title
    const p = doc.createElement('p')
    p.textContent = block.body
    section.append(h1, p)
    main.append(section)
  }
  const detail = doc.createElement('pre')
  detail.dir = 'ltr'
  detail.textContent = content.detail
  const button = doc.createElement('button')
  button.type = 'button'
  button.textContent = content.reload
  button.addEventListener('click', () => doc.defaultView?.location.reload())
  main.append(detail, button)
  const root = doc.getElementById('root') ?? doc.body
  root.replaceChildren(main)
}
