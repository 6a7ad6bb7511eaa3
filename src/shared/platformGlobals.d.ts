// src/shared runs in Node, in the renderer and in the search worker, so it is type-checked against
// ES2023 alone (tsconfig.shared.json: no DOM, no Node types) plus the few globals every one of
// those platforms has, declared here as narrowly as this code uses them. Needing more means
// reaching for something one platform lacks: pass it in from the caller instead.

declare class TextEncoder {
  encode(input?: string): Uint8Array
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}

declare class URL {
  constructor(url: string, base?: string | URL)
  readonly href: string
  readonly protocol: string
  readonly hostname: string
  readonly host: string
  readonly pathname: string
  readonly search: string
  readonly hash: string
  readonly origin: string
  readonly searchParams: Iterable<[string, string]>
  toString(): string
}

declare function setTimeout(callback: () => void, ms?: number): unknown
declare function clearTimeout(timer: unknown): void

// eslint-disable-next-line no-var -- only `var` declares a property of globalThis, as crypto is
declare var crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer> }
  getRandomValues<T extends ArrayBufferView>(array: T): T
}
