/**
 * Where the search worker keeps its saved index: a file in the origin private file system
 * (OPFS), not a value in IndexedDB. A snapshot is tens of megabytes at 50,000 articles; as one
 * IndexedDB value it is stored as a blob and read back through a structured clone, and starts
 * after a session that wrote one sometimes sat idle with every IndexedDB request unanswered
 * (issue 18). A file is written and read as plain bytes, and IndexedDB keeps only a small record
 * saying which file belongs to which data.
 */
export interface SnapshotFiles {
  read(name: string): Promise<Uint8Array | null>
  /** Writes the file whole; `between` (if given) is awaited between parts of a large file. */
  write(name: string, bytes: Uint8Array, between?: () => Promise<void>): Promise<void>
}

/** Bytes written to OPFS between two pauses (a saved index is 60–130 MB at 50,000–100,000 articles). */
const WRITE_PART_BYTES = 8 * 1024 * 1024

interface SyncAccess {
  truncate(size: number): void
  write(bytes: Uint8Array, options: { at: number }): number
  flush(): void
  close(): void
}

/** The worker's OPFS, or null where there is none (then the index is not saved between starts). */
export function opfsSnapshotFiles(storage: StorageManager | undefined = globalThis.navigator?.storage): SnapshotFiles | null {
  if (typeof storage?.getDirectory !== 'function') return null
  const root = (): Promise<FileSystemDirectoryHandle> => storage.getDirectory()
  return {
    async read(name) {
      try {
        const file = await (await (await root()).getFileHandle(name)).getFile()
        return new Uint8Array(await file.arrayBuffer())
      } catch {
        return null // no such file (never saved, or the data was cleared)
      }
    },
    async write(name, bytes, between = async () => {}) {
      const handle = await (await root()).getFileHandle(name, { create: true })
      // A dedicated worker writes synchronously, in one go; elsewhere a writable stream does.
      const sync = (handle as unknown as { createSyncAccessHandle?: () => Promise<SyncAccess> }).createSyncAccessHandle
      if (typeof sync === 'function') {
        const access = await sync.call(handle)
        try {
          access.truncate(0)
          await inParts(bytes, between, async (part, at) => void access.write(part, { at }))
          access.flush()
        } finally {
          access.close()
        }
        return
      }
      const writable = await handle.createWritable()
      await inParts(bytes, between, (part) => writable.write(part as unknown as ArrayBuffer))
      await writable.close()
    }
  }
}

/** Writes `bytes` by WRITE_PART_BYTES parts, awaiting `between` between two. */
async function inParts(bytes: Uint8Array, between: () => Promise<void>, write: (part: Uint8Array, at: number) => Promise<void>): Promise<void> {
  for (let at = 0; at < bytes.length; at += WRITE_PART_BYTES) {
    if (at > 0) await between()
    await write(bytes.subarray(at, at + WRITE_PART_BYTES), at)
  }
}

/** The same interface over a Map: unit tests run where there is no OPFS (Node). */
export function memorySnapshotFiles(): SnapshotFiles & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>()
  return {
    files,
    read: async (name) => files.get(name)?.slice() ?? null,
    write: async (name, bytes) => void files.set(name, bytes.slice())
  }
}
