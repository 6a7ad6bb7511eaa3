/// <reference lib="webworker" />
/**
 * The search engine off the UI thread. All it does is in IndexSession (where the index comes from,
 * changes, saving, answers) and createWorkerRoutes (message order, dropping replaced queries).
 */
import { openDatabase } from '../db/database'
import { IndexSession } from './indexSession'
import type { WorkerMessage, WorkerRequest } from './protocol'
import { createWorkerRoutes } from './workerRoutes'
import { opfsSnapshotFiles } from './snapshotFiles'
import { prepareLexicon } from '../../../shared/text/persianLexicon'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: WorkerMessage): void => scope.postMessage(message)
const session = new IndexSession(openDatabase(), { report: (status) => post({ kind: 'status', status }), files: opfsSnapshotFiles() })
const route = createWorkerRoutes(session, post)
scope.onmessage = (event: MessageEvent<WorkerRequest>) => route(event.data)
// The worker is idle until the index is asked for (on a first start, until the pack's index is
// fetched): decode the word list the analyser needs for every query meanwhile.
setTimeout(prepareLexicon, 0)
