// Resources a saved page carries with it (the parts of an MHTML file; later the `_files` folder of
// "save page, complete" and `data:` URLs), looked up by the address the page uses for them.
//
// THE SEAM for the image step (issue 17): `keepLocalImages` below receives the page as read and a
// `ResourceResolver` for its file. It does nothing yet; the image step replaces its body (find the
// article's <img> in `page.html`, resolve each `src` through `resolve`, keep what is found within
// the size limits, mark the rest as placeholders). Nothing here fetches: an address the resolver
// does not know stays unknown.
import type { PageDraft } from '../../shared/host/fileImport'
import type { MhtmlResource } from './mhtml'

export type LocalResource = MhtmlResource

/** The bytes a saved page holds for an address it uses (absolute, relative to the page, or `cid:`), or undefined. */
export type ResourceResolver = (url: string) => LocalResource | undefined

/**
 * Looks up MHTML parts: by the address as written, then resolved against the page's own address
 * (relative `src`), then `cid:` with or without angle brackets. Addresses are compared without
 * their fragment.
 */
export function mhtmlResolver(resources: ReadonlyMap<string, LocalResource>, baseUrl?: string): ResourceResolver {
  return (raw) => {
    const url = raw.trim()
    if (url === '' || url.length > 4000) return undefined
    const direct = resources.get(url)
    if (direct) return direct
    if (/^cid:/i.test(url)) return resources.get(`cid:${url.slice(4).replace(/^<(.*)>$/, '$1')}`)
    let absolute: URL
    try {
      absolute = baseUrl ? new URL(url, baseUrl) : new URL(url)
    } catch {
      return undefined
    }
    absolute.hash = ''
    return resources.get(absolute.href)
  }
}

/**
 * THE IMAGE SEAM: called by parseFile for every saved page with the resolver of its file
 * (`undefined` for a plain .html file, until the `_files` folder and `data:` URLs get theirs).
 * Returns the page unchanged for now.
 */
export function keepLocalImages(page: PageDraft, resolve: ResourceResolver | undefined): PageDraft {
  void resolve
  return page
}
