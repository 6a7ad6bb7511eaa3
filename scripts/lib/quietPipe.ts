// `npm run -s search … | head` closes the pipe early; the next write then fails with EPIPE.
// That is the reader saying "enough", not an error: stop quietly instead of printing a stack trace.
import type { Writable } from 'node:stream'

export function exitQuietlyOnClosedPipe(stream: Writable = process.stdout, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0)
    else throw error
  })
}
