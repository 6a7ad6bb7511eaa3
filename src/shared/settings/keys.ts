// Settings the renderer stores, by key. They live here, not in the renderer, because the backup
// and journal code in src/shared decides which of them may ever be restored from a file.
export const SETTING_LANGUAGE = 'ui.language'
export const SETTING_TEXT_SIZE = 'reader.textSize'
export const SETTING_MODEL = 'model.settings'

export const TEXT_SIZES = [15, 17, 19, 21, 24, 27] as const
export const DEFAULT_TEXT_SIZE = 19

export function isTextSize(value: unknown): value is number {
  return typeof value === 'number' && (TEXT_SIZES as readonly number[]).includes(value)
}
