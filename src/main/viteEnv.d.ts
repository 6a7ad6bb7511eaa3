/** What electron-vite (Vite) replaces at build time in the main bundle: DEV is a constant true only under `electron-vite dev`. */
interface ImportMetaEnv {
  readonly DEV: boolean
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}
