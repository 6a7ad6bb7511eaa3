import { createHash } from 'node:crypto'

/**
 * Node's SHA-256 of a text's UTF-8 bytes, as lowercase hex: the same digest as sha256Hex (Web
 * Crypto), but synchronous, so checking a 50,000-item pack's hashes takes ~0.4 s instead of ~3 s.
 */
export const nodeSha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
