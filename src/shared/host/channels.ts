/**
 * The channel names alone, free of any schema library, so the sandboxed preload stays tiny.
 * contract.ts checks at compile time that its schemas cover exactly these.
 */
export const CHANNELS = ['app:info', 'archive:list', 'archive:page'] as const
export type Channel = (typeof CHANNELS)[number]
