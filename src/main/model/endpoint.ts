import { isLoopbackHost } from '../../shared/summary/loopback'
import { ModelError } from './errors'

// Shared with the renderer, which warns before a remote address is saved with remote use off.
export { isLoopbackHost } from '../../shared/summary/loopback'

/**
 * Accepts a server base (http://127.0.0.1:11434), its /v1, or the full chat-completions URL,
 * and returns the chat-completions URL.
 */
export function chatCompletionsUrl(endpoint: string, allowNonLoopback: boolean): URL {
  let url: URL
  try {
    url = new URL(endpoint.trim())
  } catch {
    throw new ModelError('bad-url', `Not a valid URL: ${endpoint}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ModelError('bad-url', `Only http and https endpoints are supported, not ${url.protocol}`)
  }
  if (url.username || url.password) throw new ModelError('bad-url', 'The endpoint URL must not contain credentials')
  if (!allowNonLoopback && !isLoopbackHost(url.hostname)) {
    throw new ModelError('not-loopback', `Refusing to send articles to ${url.hostname}: only this computer (localhost) is allowed`)
  }
  url.search = ''
  url.hash = ''
  const path = url.pathname.replace(/\/+$/, '')
  if (!path.endsWith('/chat/completions')) {
    url.pathname = path.endsWith('/v1') ? `${path}/chat/completions` : `${path}/v1/chat/completions`
  }
  return url
}
