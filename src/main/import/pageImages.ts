// The picture and link step of a saved page, on the article Readability found. Pictures come only
// from the page itself or what was saved with it (see resources.ts), never from the network; each
// is checked by its bytes and size, and a kept one is renamed `#image-<sha256>` for the renderer.
// Links keep only web addresses. Everything dropped or changed is counted for the report.
import { createHash } from 'node:crypto'
import { IMAGE_LIMITS, imageRef, sniffImageType } from '../../shared/archive/images'
import type { PageChange, PageImage } from '../../shared/host/fileImport'
import { webAddress } from './metadata'
import { decodeDataUrl, type Resolved, type ResourceResolver } from './resources'

/** The little of a DOM this step needs (linkedom's elements have it). */
export interface ImgLike {
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
}
export interface RootLike {
  querySelectorAll(selector: string): Iterable<unknown>
}

type Outcome = 'kept' | 'not-found' | 'remote' | 'too-large' | 'refused'

export function keepImages(root: RootLike, resolve: ResourceResolver | undefined): { images: PageImage[]; changes: PageChange[] } {
  const images = new Map<string, PageImage>()
  let total = 0
  const counts: Record<Outcome, number> = { kept: 0, 'not-found': 0, remote: 0, 'too-large': 0, refused: 0 }
  for (const node of root.querySelectorAll('img')) {
    const img = node as ImgLike
    const src = (img.getAttribute('src') ?? '').trim()
    img.removeAttribute('srcset')
    img.removeAttribute('src')
    const found: Resolved | undefined = /^data:/i.test(src) ? decodeDataUrl(src) : src ? safely(resolve, src) : undefined
    let outcome: Outcome
    if (!found) outcome = /^(?:https?:)?\/\//i.test(src) ? 'remote' : 'not-found'
    else if ('tooLarge' in found) outcome = 'too-large'
    else if ('refused' in found) outcome = 'refused'
    // Resolvers that can refuse before reading do; this catches the rest (MHTML parts) in one place.
    else if (found.bytes.length > IMAGE_LIMITS.imageBytes) outcome = 'too-large'
    else {
      const type = sniffImageType(found.bytes)
      if (!type) outcome = 'refused'
      else {
        const hash = createHash('sha256').update(found.bytes).digest('hex')
        const known = images.has(hash)
        if (!known && (total + found.bytes.length > IMAGE_LIMITS.articleBytes || images.size >= IMAGE_LIMITS.imagesPerArticle)) outcome = 'too-large'
        else {
          if (!known) {
            images.set(hash, { hash, contentType: type, base64: Buffer.from(found.bytes).toString('base64') })
            total += found.bytes.length
          }
          img.setAttribute('src', imageRef(hash))
          outcome = 'kept'
        }
      }
    }
    counts[outcome] += 1
  }
  // In the order the report lists them: kept, not found, remote, too large, refused.
  const changes = (Object.entries(counts) as [Outcome, number][])
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => ({ kind: `images-${outcome}` as const, count }))
  return { images: [...images.values()], changes }
}

/** A resolver that throws (an unreadable file) has simply not found the picture. */
function safely(resolve: ResourceResolver | undefined, src: string): Resolved | undefined {
  try {
    return resolve?.(src)
  } catch {
    return undefined
  }
}

/**
 * Links in the article: web addresses (made absolute against the page's own address when it has
 * one) are kept; any other `href` is removed and its text stays.
 */
export function keepLinks(root: RootLike, pageUrl: string | undefined): PageChange[] {
  let kept = 0
  let dropped = 0
  for (const node of root.querySelectorAll('a[href]')) {
    const a = node as ImgLike
    const href = a.getAttribute('href') ?? ''
    // An in-page anchor (#section) means nothing once the page is an archive item.
    const address = href.trim().startsWith('#') ? undefined : webAddress(href, pageUrl)
    if (address) {
      a.setAttribute('href', address)
      kept += 1
    } else {
      a.removeAttribute('href')
      dropped += 1
    }
  }
  return [...(kept > 0 ? [{ kind: 'links-kept' as const, count: kept }] : []), ...(dropped > 0 ? [{ kind: 'links-dropped' as const, count: dropped }] : [])]
}

const UNSAFE_LINK = /^\s*(?:javascript|vbscript|data|file|blob|filesystem):/i

const UNSAFE_MARK = 'data-bayegan-unsafe-link'

/**
 * Before Readability: javascript: and similar links lose their address (their text stays) and are
 * marked, so that `countUnsafeLinks` can count only those that end up in the article, not the
 * site's menus.
 */
export function removeUnsafeLinks(root: RootLike & { ownerDocument?: unknown }): void {
  for (const node of root.querySelectorAll('a[href]')) {
    const a = node as ImgLike
    if (UNSAFE_LINK.test(a.getAttribute('href') ?? '')) {
      a.removeAttribute('href')
      a.setAttribute(UNSAFE_MARK, '')
    }
  }
}

/** After Readability: the marked links in the article, counted once; the marks go. */
export function countUnsafeLinks(root: RootLike): PageChange[] {
  let count = 0
  for (const node of root.querySelectorAll(`[${UNSAFE_MARK}]`)) {
    ;(node as ImgLike).removeAttribute(UNSAFE_MARK)
    count += 1
  }
  return count > 0 ? [{ kind: 'links-unsafe', count }] : []
}
