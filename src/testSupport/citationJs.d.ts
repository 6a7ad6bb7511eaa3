// The few parts of citation-js (untyped JavaScript) the tests use to read our citation files back.
declare module '@citation-js/core' {
  export interface CslData {
    id: string
    type: string
    title?: string
    'container-title'?: string
    URL?: string
    issued?: { 'date-parts'?: number[][]; literal?: string }
    note?: string
    annote?: string
    abstract?: string
    language?: string
    keyword?: string
    [field: string]: unknown
  }
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string })
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>
    data: CslData[]
    format(format: string, options?: Record<string, unknown>): string
  }
  export const plugins: { input: { list(): string[] } }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
declare module '@citation-js/plugin-csl'
