import { useEffect, useState } from 'react'
import { useArticleImages } from '../../app/liveData'

/**
 * `blob:` URLs for the pictures stored with an article, by hash; revoked when the article or its
 * pictures change and when the reader closes. The renderer's CSP allows `img-src 'self' blob:`
 * and nothing remote, so a picture can only ever come from here.
 */
export function useImageUrls(articleId: string): ReadonlyMap<string, string> {
  const records = useArticleImages(articleId)
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    if (!records || records.length === 0) {
      setUrls(new Map())
      return
    }
    const made = new Map(records.map((r) => [r.hash, URL.createObjectURL(r.blob)]))
    setUrls(made)
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url)
    }
  }, [records])
  return urls
}
