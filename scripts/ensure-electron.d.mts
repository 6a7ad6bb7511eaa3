export type ElectronLookup = { ok: true; execPath: string; source: string } | { ok: false; problem: string }
export type InstallResult = { ok: true } | { ok: false; reason: string }
type Env = Record<string, string | undefined>
export function executableIn(distDir: string, platform?: string): string
export function findElectron(options: { env: Env; electronDir: string; platform?: string }): ElectronLookup
export function runElectronInstall(electronDir: string, env?: Env): InstallResult
export function firstReason(output: string, error?: (Error & { code?: string }) | undefined): string
export function missingElectronMessage(options: { version: string; problem: string; reason: string }): string
export function ensureElectron(options: {
  env: Env
  electronDir: string
  install?: (electronDir: string, env: Env) => InstallResult
  log?: (line: string) => void
}): Env | null
