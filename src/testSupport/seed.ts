import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The archive's source file for the seed: front matter, then the seed text byte for byte. */
export const SEED_SOURCE = fileURLToPath(new URL('../../archive/000_e942ce09813ba0d2.txt', import.meta.url))

/** The seed article as scraped (it lost its ZWNJ half-spaces), read from the repository, not from outside it. */
export function readSeedText(): string {
  const source = readFileSync(SEED_SOURCE, 'utf8')
  const match = /^---\n[\s\S]*?\n---\n/.exec(source)
  if (!match) throw new Error(`${SEED_SOURCE} has no front matter`)
  return source.slice(match[0].length)
}
