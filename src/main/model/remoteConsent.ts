import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from '../export/atomicWrite'
import { isLoopbackHost } from './endpoint'

/** The main process's own record of which model hosts off this computer the researcher allowed. */
export const REMOTE_CONSENT_FILE = 'model-remote-hosts.json'

const consentFileSchema = z.strictObject({
  version: z.literal(1),
  allowedHosts: z.array(z.string().min(1).max(300)).max(100)
})

/** Native dialog wording: owned here, not sent by the renderer, and naming the host. Both languages (see shell/startupFailure). */
export function remoteHostQuestion(host: string): { message: string; detail: string; confirmLabel: string; cancelLabel: string } {
  return {
    message: `متن مقاله‌ها به ${host} فرستاده شود؟\nSend article text to ${host}?`,
    detail:
      `این نشانی روی این رایانه نیست: متن مقاله و خلاصه‌ها از این رایانه بیرون می‌روند. این پرسش برای هر نشانی یک بار پرسیده می‌شود.\n` +
      `This address is not on this computer: article text will leave it. You are asked once for each host.`,
    confirmLabel: 'بفرست / Send',
    cancelLabel: 'نفرست / Don’t send'
  }
}

export type RemoteDecision = 'local' | 'allowed' | 'not-requested' | 'declined'

export interface RemoteConsent {
  /**
   * Whether article text may go to `endpoint`. A loopback or unparsable address is 'local' (the
   * endpoint check deals with the latter). Otherwise the renderer must have asked for remote
   * sending (`requested`), and the researcher must have said yes in the native dialog, once per host.
   */
  decide(endpoint: string, requested: boolean): Promise<RemoteDecision>
}

export function createRemoteConsent(options: { file: string; ask(host: string): Promise<boolean> }): RemoteConsent {
  let allowed: Promise<Set<string>> | null = null
  const asking = new Map<string, Promise<boolean>>()

  const load = (): Promise<Set<string>> =>
    (allowed ??= readFile(options.file, 'utf8').then(
      (text) => {
        try {
          const parsed = consentFileSchema.safeParse(JSON.parse(text))
          return new Set(parsed.success ? parsed.data.allowedHosts : [])
        } catch {
          return new Set<string>() // a damaged file grants nothing; the next yes rewrites it
        }
      },
      () => new Set<string>()
    ))

  async function askOnce(host: string): Promise<boolean> {
    const yes = await options.ask(host)
    if (yes) {
      const hosts = await load()
      hosts.add(host)
      await writeFileAtomic(options.file, JSON.stringify({ version: 1, allowedHosts: [...hosts].sort() }, null, 2))
    }
    return yes
  }

  return {
    async decide(endpoint, requested) {
      let url: URL
      try {
        url = new URL(endpoint.trim())
      } catch {
        return 'local'
      }
      if (isLoopbackHost(url.hostname)) return 'local'
      if (!requested) return 'not-requested'
      const host = url.host.toLowerCase()
      if ((await load()).has(host)) return 'allowed'
      // Two drafts at once ask one question.
      let pending = asking.get(host)
      if (!pending) {
        pending = askOnce(host).finally(() => asking.delete(host))
        asking.set(host, pending)
      }
      return (await pending) ? 'allowed' : 'declined'
    }
  }
}
