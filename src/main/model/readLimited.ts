import { ModelError } from './errors'

/** A generous cap on the server's answer: a summary pair is a few KB; a runaway stream is not. */
export const MAX_RESPONSE_BYTES = 1_000_000

export async function readTextLimited(res: Response, maxBytes = MAX_RESPONSE_BYTES): Promise<string> {
  const declared = Number(res.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel()
    throw new ModelError('malformed-answer', `The model server's answer is too large (${declared} bytes)`)
  }
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new ModelError('malformed-answer', `The model server's answer is larger than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
