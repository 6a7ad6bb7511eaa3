// The worker thread that reads imported files: linkedom and Readability can take seconds or
// minutes on a hostile page, and here they block only this thread, which the main process can
// time out and terminate while it goes on answering the window.
import { parentPort } from 'node:worker_threads'
import { parseFile } from './parseFile'
import { folderResolver } from './resources'
import type { ParseJob, ParseReply } from './parseProtocol'

const port = parentPort
if (!port) throw new Error('parseWorker must run as a worker thread')

port.on('message', (job: ParseJob) => {
  const started: ParseReply = { id: job.id, started: true }
  port.postMessage(started)
  void parseFile({
    name: job.name,
    bytes: new Uint8Array(job.bytes),
    lastModified: job.lastModified,
    ...(job.dir ? { resolve: folderResolver(job.dir) } : {})
  }).then((result) => {
    const reply: ParseReply = { id: job.id, result }
    port.postMessage(reply)
  })
})
