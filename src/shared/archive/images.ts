// Pictures kept from imported pages: which kinds, how large, and how to tell what a file really
// is. Only raster formats a browser shows inertly; SVG (which can carry script) is never kept.
// A file's name and its declared type are not trusted: its first bytes decide.

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

export const IMAGE_LIMITS = {
  /** One picture larger than this is not kept (the report says so). */
  imageBytes: 5 * 1024 * 1024,
  /** All pictures of one article together. */
  articleBytes: 20 * 1024 * 1024,
  /** Pictures kept per article. */
  imagesPerArticle: 100
} as const

/** The picture's real type from its magic bytes, or undefined for anything else (SVG, HTML, a lie). */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const at = (i: number): number => bytes[i] ?? -1
  const ascii = (from: number, text: string): boolean => [...text].every((c, i) => at(from + i) === c.charCodeAt(0))
  if (at(0) === 0x89 && ascii(1, 'PNG') && at(4) === 0x0d && at(5) === 0x0a && at(6) === 0x1a && at(7) === 0x0a) return 'image/png'
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'image/gif'
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp'
  return undefined
}

/** How a kept picture is named in sanitised article markup between the main process and the renderer. */
export const IMAGE_REF_PREFIX = '#image-'
const IMAGE_REF = /^#image-([0-9a-f]{64})$/

export function imageRef(hash: string): string {
  return `${IMAGE_REF_PREFIX}${hash}`
}

/** The SHA-256 hex named by an image reference, or undefined. */
export function imageHashOf(src: string | null | undefined): string | undefined {
  return src ? IMAGE_REF.exec(src)?.[1] : undefined
}
