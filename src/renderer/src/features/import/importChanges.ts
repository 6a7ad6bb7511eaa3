// The import report's list of what was dropped or changed, one line per kind for a whole file.
import type { PageChange } from '../../../../shared/host/fileImport'

/** One line per kind of change; counts of the same kind are added up across a feed's entries. */
export function sumChanges(all: PageChange[]): PageChange[] {
  const out: PageChange[] = []
  for (const change of all) {
    const same = out.findIndex((c) => c.kind === change.kind)
    if (same < 0) out.push({ ...change })
    else {
      const prior = out[same] as PageChange
      if ('count' in change && 'count' in prior) out[same] = { ...change, count: prior.count + change.count }
    }
  }
  return out
}
