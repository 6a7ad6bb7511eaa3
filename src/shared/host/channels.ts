/**
 * The channel names alone, free of any schema library, so the sandboxed preload stays tiny.
 * contract.ts checks at compile time that its schemas cover exactly these.
 */
export const CHANNELS = ['app:info', 'archive:list', 'archive:page', 'archive:editions', 'model:draft', 'model:cancel', 'journal:append', 'journal:read', 'backup:save', 'backup:open', 'import:choose', 'import:read', 'import:bytes', 'import:close', 'import:cancel', 'link:open', 'export:save', 'export:cancel', 'feeds:get', 'feeds:save', 'feeds:check', 'feeds:startup'] as const
export type Channel = (typeof CHANNELS)[number]
