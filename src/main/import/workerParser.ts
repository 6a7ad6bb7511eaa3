// Runs parseFile in a worker thread with a time limit and a memory cap, one file at a time.
// A file that runs over either, or is cancelled, ends its worker (the only way to stop a parser
// stuck in a tight loop); the next file gets a fresh one. The main process never waits on a parse.
import type { Worker } from 'node:worker_threads'
import type { ImportFailure, ParsedFile } from '../../shared/host/fileImport'
import type { FileInput } from './parseFile'
import type { ParseJob, ParseReply } from './parseProtocol'
import { spawnParseWorker } from './parseWorkerSpawn'

export const PARSE_LIMITS = {
  /** Longest a single file may take to read; real saved pages take well under a second. */
  timeoutMs: 20_000,
  bootTimeoutMs: 60_000,
  /** V8 heap of the worker: a page that needs more is refused instead of growing the app. */
  maxHeapMb: 768
} as const

/** What is sent to the worker: the file, and the folder its pictures may be in (a resolver cannot cross threads). */
export type ParseInput = Omit<FileInput, 'resolve'> & { dir?: string }

export interface FileParser {
  parse(input: ParseInput): Promise<ParsedFile>
  /** Stops the file being read now, if any; it reports as cancelled. */
  cancel(): void
  /** Whether a file is being read now. */
  busy(): boolean
  close(): Promise<void>
}

export interface WorkerParserOptions {
  timeoutMs?: number
  /** How long a fresh worker may take to load before it takes the job. */
  bootTimeoutMs?: number
  maxHeapMb?: number
  spawn?: (maxHeapMb: number) => Worker
}

interface Running {
  id: number
  name: string
  started: () => void
  settle: (result: ParsedFile) => void
}

export function createWorkerParser(options: WorkerParserOptions = {}): FileParser {
  const timeoutMs = options.timeoutMs ?? PARSE_LIMITS.timeoutMs
  const bootTimeoutMs = options.bootTimeoutMs ?? PARSE_LIMITS.bootTimeoutMs
  const maxHeapMb = options.maxHeapMb ?? PARSE_LIMITS.maxHeapMb
  const spawn = options.spawn ?? spawnParseWorker
  let worker: Worker | null = null
  let running: Running | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()

  function ensureWorker(): Worker {
    if (worker) return worker
    const w = spawn(maxHeapMb)
    w.on('message', (reply: ParseReply) => {
      if (!running || reply.id !== running.id) return
      if ('started' in reply) running.started()
      else running.settle(reply.result)
    })
    // A worker ended on purpose (timeout, cancel) is no longer `worker`: its late events are ignored.
    w.on('error', (err: Error & { code?: string }) => {
      if (worker !== w) return
      worker = null
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      running?.settle(
        failedRun(running.name, outOfMemory ? { code: 'too-large', message: `reading the file needed more than ${maxHeapMb} MB of memory` } : { code: 'unreadable', message: err.message })
      )
    })
    w.on('exit', () => {
      if (worker !== w) return
      worker = null
      running?.settle(failedRun(running.name, { code: 'unreadable', message: 'the file reader stopped unexpectedly' }))
    })
    // An idle reader must not keep the app (or a test run) alive.
    w.unref()
    worker = w
    return w
  }

  function stop(result: (name: string) => ParsedFile): void {
    const current = running
    if (!current) return
    const w = worker
    worker = null
    current.settle(result(current.name))
    void w?.terminate()
  }

  function parseNow(input: ParseInput): Promise<ParsedFile> {
    return new Promise<ParsedFile>((resolve) => {
      const id = nextId++
      const w = ensureWorker()
      const limit = (ms: number, message: string): NodeJS.Timeout => setTimeout(() => stop((name) => failedRun(name, { code: 'timed-out', message })), ms)
      // Starting a worker can take seconds on a busy machine; that time is not the file's.
      let timer = limit(bootTimeoutMs, `the file reader did not start within ${Math.round(bootTimeoutMs / 1000)} s`)
      running = {
        id,
        name: input.name,
        started: () => {
          clearTimeout(timer)
          timer = limit(timeoutMs, `reading the file took longer than ${Math.round(timeoutMs / 1000)} s`)
        },
        settle: (result) => {
          if (running?.id !== id) return
          running = null
          clearTimeout(timer)
          resolve(result)
        }
      }
      // A copy the worker owns: the caller's buffer may be a view into a larger one.
      const bytes = new Uint8Array(input.bytes).buffer
      const job: ParseJob = { id, name: input.name, bytes, lastModified: input.lastModified, ...(input.dir ? { dir: input.dir } : {}) }
      w.postMessage(job, [bytes])
    })
  }

  return {
    parse(input) {
      const result = queue.then(() => parseNow(input))
      queue = result.catch(() => undefined)
      return result
    },
    busy() {
      return running !== null
    },
    cancel() {
      stop((name) => failedRun(name, { code: 'cancelled', message: 'the import was cancelled while this file was being read' }))
    },
    async close() {
      const w = worker
      worker = null
      running?.settle(failedRun(running.name, { code: 'cancelled', message: 'the app is closing' }))
      await w?.terminate()
    }
  }
}

function failedRun(file: string, failure: ImportFailure): ParsedFile {
  return { status: 'failed', file, failure }
}
