// One key for the many spellings of a page's address, so a saved page (canonical, og:url or the
// address it was saved from) finds the digest that cites it: http and https, "www.", a trailing
// slash, percent-encoded or raw Persian paths, tracking parameters and #fragments all agree.

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_[a-z]+|ref)$/i

export function originalUrlKey(address: string): string | undefined {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const path = safeDecode(url.pathname).normalize('NFC').replace(/\/+$/, '')
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = params.map(([name, value]) => `${name}=${value}`).join('&')
  return `${host}${path}${query ? `?${query}` : ''}`
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
