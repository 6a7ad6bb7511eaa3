// Public API of the archive pack: format, validation, hashing, and the source-article parser.
export {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  ITEM_KINDS,
  archiveItemSchema,
  kindOf,
  packSchema,
  type ArchiveEvent,
  type ArchiveItem,
  type ArchiveItemDraft,
  type ArchiveSource,
  type Block,
  type CuratedSummary,
  type DisplayText,
  type ItemKind,
  type Pack,
  type PackManifest,
  type Published
} from './schema'
export { PACK_LIMITS } from './limits'
export { parsePack, parsePackText, type PackResult } from './parsePack'
export { formatPackError, type PackError } from './packErrors'
export { canonicalJson } from './canonicalJson'
export { itemContentHash, packContentHash, sha256Hex } from './hash'
export { assemblePack, type PackManifestInput } from './assemblePack'
export { articlePlainText, blockPlainText } from './plainText'
export { SourceTextError, lineOfField, parseSourceArticle, slugFromFileName, type ParsedSourceArticle } from './sourceText'
export { FACT_KINDS, citedItemIds, editionSchema, type Edition, type EditionFact, type FactKind, type JalaliSpan, type PartialJalali } from './editions'
