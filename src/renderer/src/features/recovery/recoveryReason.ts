/** Why the main process reloaded the window (src/main/shell/recovery.ts puts it in the URL). */
export type RecoveryReason = 'crashed' | 'unresponsive'

export function recoveryReasonOf(search: string): RecoveryReason | null {
  const value = new URLSearchParams(search).get('recovered')
  return value === 'crashed' || value === 'unresponsive' ? value : null
}
