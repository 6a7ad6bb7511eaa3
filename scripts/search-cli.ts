/**
 * npm run -s search -- --pack <pack.json> [--json] [--limit N] "<query>"
 * Validates the pack like the app does, indexes every item as the app does, and prints ranked hits
 * with their matched fields and highlight offsets into each field's text.
 */
import { readFileSync } from 'node:fs'
import { formatPackError } from '../src/shared/archive/packErrors'
import { parsePackText } from '../src/shared/archive/parsePack'
import { articleSearchDoc } from '../src/shared/search/articleDoc'
import { findHitRanges } from '../src/shared/search/hits'
import { SearchIndex } from '../src/shared/search/searchIndex'
import { FIELD_LANG, type FieldName } from '../src/shared/search/types'
import { exitQuietlyOnClosedPipe } from './lib/quietPipe'

const USAGE = 'usage: npm run -s search -- --pack <pack.json> [--json] [--limit N] "<query>"'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i === -1 ? undefined : args.splice(i, 2)[1]
  }
  const packPath = flag('--pack')
  const limit = Number(flag('--limit') ?? 20)
  const json = args.includes('--json')
  const query = args.filter((a) => a !== '--json').join(' ')
  if (!packPath || !Number.isInteger(limit) || limit < 1) {
    console.error(USAGE)
    return 2
  }
  let text: string
  try {
    text = readFileSync(packPath, 'utf8')
  } catch (err) {
    console.error(`cannot read ${packPath}: ${(err as Error).message}`)
    return 1
  }
  const parsed = await parsePackText(text)
  if (!parsed.ok) {
    console.error(`${packPath} is not a valid pack:`)
    for (const e of parsed.errors) console.error(`  ${formatPackError(e)}`)
    return 1
  }
  const docs = parsed.pack.items.map((item) => articleSearchDoc(item))
  const byId = new Map(docs.map((d) => [d.id, d]))
  const getText = (id: string, field: FieldName): string | undefined => byId.get(id)?.fields[field]
  const result = SearchIndex.build(docs).search(query, { limit, getText })
  const hits = result.hits.map((h) => ({
    ...h,
    ranges: Object.fromEntries(h.fields.map((f) => [f, findHitRanges(query, getText(h.id, f) ?? '', FIELD_LANG[f])]))
  }))
  if (json) {
    console.log(JSON.stringify({ query, total: result.total, hits }, null, 2))
    return 0
  }
  console.log(`${result.total} hit(s) for «${query}» in ${docs.length} item(s)`)
  for (const h of hits) {
    console.log(`\n${h.id}  score ${h.score.toFixed(3)}  fields: ${h.fields.join(', ')}`)
    for (const [field, ranges] of Object.entries(h.ranges)) {
      const fieldText = getText(h.id, field as FieldName) ?? ''
      const shown = ranges.slice(0, 8).map(([s, e]) => `[${s},${e}) «${fieldText.slice(s, e)}»`)
      console.log(`  ${field}: ${ranges.length} hit(s) ${shown.join(' ')}`)
    }
    for (const s of h.snippets) console.log(`  «${s.text}»`)
  }
  return 0
}

exitQuietlyOnClosedPipe()
process.exitCode = await main()
