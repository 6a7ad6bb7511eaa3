import { PACK_LIMITS } from './limits'
import type { Block } from './schema'
import { blockText } from './plainText'

/**
 * Every import path keeps an article's first PACK_LIMITS.bodyBlocks blocks and says what it cut:
 * a saved page and a text file of the same length end the same way, and never silently.
 */
export function fitBody(blocks: readonly Block[]): { body: Block[]; note?: string } {
  const max = PACK_LIMITS.bodyBlocks
  if (blocks.length <= max) return { body: [...blocks] }
  const cut = blocks.slice(max)
  const chars = cut.reduce((n, b) => n + blockText(b).length, 0)
  return {
    body: blocks.slice(0, max),
    note: `the article has ${blocks.length} paragraphs; only the first ${max} were kept (${cut.length} paragraphs, ${chars} characters cut)`
  }
}
