import { open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { JOURNAL_ARTICLE_MAX_CHARS, JOURNAL_LINE_MAX, type JournalChange } from '../../shared/backup/journalEntry'
import { replayJournal, type JournalState } from './replay'

export const JOURNAL_FILE = 'researcher-journal.jsonl'
/** A single line larger than this is refused (an imported article may be larger; see journalEntry). */
export { JOURNAL_LINE_MAX }

export interface Journal {
  /** Appends the changes as numbered lines and flushes them to disk before resolving. */
  append(changes: readonly JournalChange[], now?: Date): Promise<{ lastSeq: number }>
  read(): Promise<JournalState>
  /** Resolves once every append started so far is on disk (or has failed): await it before quitting. */
  drain(): Promise<void>
  readonly path: string
}

/**
 * The researcher's write-ahead copy, in the main process's data folder: one JSON object per line,
 * appended and fsync'd, so it survives a damaged IndexedDB. Appends are serialised so sequence
 * numbers are strictly increasing even when calls overlap.
 */
export function createJournal(dataDir: string, fileName = JOURNAL_FILE): Journal {
  const path = join(dataDir, fileName)
  let nextSeq: number | null = null
  let queue: Promise<unknown> = Promise.resolve()

  async function startingSeq(): Promise<{ seq: number; needsNewline: boolean }> {
    const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : Promise.reject(err)))
    // Numbered by position, not by the largest seq seen: a damaged or hand-edited line with a huge
    // seq must not push every later line past what the schema accepts.
    const lines = text.split('\n').filter((line) => line.trim() !== '').length
    // A crash can leave a torn last line without its newline: start on a fresh line after it.
    return { seq: lines + 1, needsNewline: text.length > 0 && !text.endsWith('\n') }
  }

  async function appendNow(changes: readonly JournalChange[], now: Date): Promise<{ lastSeq: number }> {
    let prefix = ''
    if (nextSeq === null) {
      const start = await startingSeq()
      nextSeq = start.seq
      if (start.needsNewline) prefix = '\n'
    }
    const at = now.toISOString()
    const lines = changes.map((change, i) => {
      const line = JSON.stringify({ seq: (nextSeq as number) + i, at, ...change })
      if (line.length > (change.kind === 'article' ? JOURNAL_ARTICLE_MAX_CHARS + 200 : JOURNAL_LINE_MAX)) throw new Error(`journal entry for ${change.kind} is too large`)
      return line
    })
    if (lines.length === 0) return { lastSeq: nextSeq - 1 }
    const handle = await open(path, 'a')
    try {
      await handle.appendFile(prefix + lines.join('\n') + '\n', 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    nextSeq += lines.length
    return { lastSeq: nextSeq - 1 }
  }

  return {
    path,
    append(changes, now = new Date()) {
      const result = queue.then(() =>
        appendNow(changes, now).catch((err: unknown) => {
          nextSeq = null // re-read the file next time: a failed write may have left a torn line
          throw err
        })
      )
      queue = result.catch(() => undefined)
      return result
    },
    async drain() {
      // Appends that arrive while draining are waited for too.
      let last: Promise<unknown> | null = null
      while (last !== queue) {
        last = queue
        await queue
      }
    },
    async read() {
      await queue
      const exists = await stat(path).then(
        () => true,
        () => false
      )
      return replayJournal(exists ? await readFile(path, 'utf8') : '')
    }
  }
}
