/**
 * Every keyboard command of the app, in one list: the keys (matched on `KeyboardEvent.code`, the
 * physical key, so they work with a Persian layout where K types «ن»), what the command is called
 * in the shortcuts sheet, and the group it is listed under.
 */
export interface KeyChord {
  code: string
  ctrl?: boolean
  shift?: boolean
  alt?: boolean
}

export interface CommandDef {
  /** Alternative chords; the first is the one tooltips show. */
  keys: readonly KeyChord[]
  /** i18n key of what the command does. */
  label: string
  group: 'general' | 'reading' | 'annotating' | 'dialogs'
  /** Fires even when a text field has the focus (Ctrl chords, Escape in dialogs). */
  inFields?: boolean
}

export const COMMANDS = {
  'search.open': { keys: [{ code: 'KeyK', ctrl: true }], label: 'keys.searchOpen', group: 'general', inFields: true },
  'export.open': { keys: [{ code: 'KeyE', ctrl: true }], label: 'keys.exportOpen', group: 'general', inFields: true },
  'shortcuts.open': { keys: [{ code: 'Slash', shift: true }], label: 'keys.shortcutsOpen', group: 'general' },
  'history.undo': { keys: [{ code: 'KeyZ', ctrl: true }], label: 'keys.undo', group: 'general' },
  'find.open': { keys: [{ code: 'KeyF', ctrl: true }], label: 'keys.findOpen', group: 'reading', inFields: true },
  'reader.back': { keys: [{ code: 'Escape' }], label: 'keys.readerBack', group: 'reading' },
  'reader.nextParagraph': { keys: [{ code: 'ArrowDown' }, { code: 'KeyJ' }], label: 'keys.nextParagraph', group: 'reading' },
  'reader.previousParagraph': { keys: [{ code: 'ArrowUp' }, { code: 'KeyK' }], label: 'keys.previousParagraph', group: 'reading' },
  'reader.scroll': { keys: [{ code: 'PageDown' }, { code: 'Space' }], label: 'keys.scroll', group: 'reading' },
  'reader.nextWord': { keys: [{ code: 'ArrowLeft' }], label: 'keys.nextWord', group: 'annotating' },
  'reader.previousWord': { keys: [{ code: 'ArrowRight' }], label: 'keys.previousWord', group: 'annotating' },
  'reader.extendWord': { keys: [{ code: 'ArrowLeft', shift: true }], label: 'keys.extendWord', group: 'annotating' },
  'reader.shrinkWord': { keys: [{ code: 'ArrowRight', shift: true }], label: 'keys.shrinkWord', group: 'annotating' },
  'annotate.colour': { keys: [{ code: 'Digit1' }, { code: 'Digit2' }, { code: 'Digit3' }, { code: 'Digit4' }], label: 'keys.colour', group: 'annotating' },
  'annotate.note': { keys: [{ code: 'KeyN' }], label: 'keys.note', group: 'annotating' },
  'annotate.tag': { keys: [{ code: 'KeyT' }], label: 'keys.tag', group: 'annotating' },
  'annotate.attach': { keys: [{ code: 'KeyA' }], label: 'keys.attach', group: 'annotating' },
  'annotate.clear': { keys: [{ code: 'Escape' }], label: 'keys.clearSelection', group: 'annotating' },
  'annotate.toolbar': { keys: [{ code: 'Tab' }], label: 'keys.toolbar', group: 'annotating' },
  'note.save': { keys: [{ code: 'Enter', ctrl: true }], label: 'keys.noteSave', group: 'annotating', inFields: true },
  'dialog.close': { keys: [{ code: 'Escape' }], label: 'keys.dialogClose', group: 'dialogs', inFields: true }
} as const satisfies Record<string, CommandDef>

export type CommandId = keyof typeof COMMANDS

export function matches(chord: KeyChord, e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const code = chord.code.startsWith('Digit') && e.code.startsWith('Numpad') ? `Digit${e.code.slice('Numpad'.length)}` : e.code
  return code === chord.code && Boolean(chord.ctrl) === (e.ctrlKey || e.metaKey) && Boolean(chord.shift) === e.shiftKey && Boolean(chord.alt) === e.altKey
}

/** The chord matched by `e` among a command's keys, or null. */
export function matchedChord(id: CommandId, e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): KeyChord | null {
  return (COMMANDS[id].keys as readonly KeyChord[]).find((k) => matches(k, e)) ?? null
}

const KEY_NAMES: Record<string, string> = {
  Slash: '?',
  Escape: 'Esc',
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageDown: 'PageDown',
  Space: 'Space',
  Enter: 'Enter',
  Tab: 'Tab'
}

/** A chord as the UI writes it (Latin key names: they are printed on every keyboard), e.g. "Ctrl+K". */
export function chordLabel(chord: KeyChord): string {
  const key = KEY_NAMES[chord.code] ?? chord.code.replace(/^Key|^Digit/, '')
  const shift = chord.shift && chord.code !== 'Slash' ? 'Shift+' : ''
  return `${chord.ctrl ? 'Ctrl+' : ''}${chord.alt ? 'Alt+' : ''}${shift}${key}`
}

/** The `aria-keyshortcuts` value of a command's first chord. */
export function ariaKeys(id: CommandId): string {
  const chord = COMMANDS[id].keys[0] as KeyChord
  const key = chord.code === 'Slash' ? '?' : chord.code.replace(/^Key|^Digit/, '')
  return `${chord.ctrl ? 'Control+' : ''}${chord.alt ? 'Alt+' : ''}${chord.shift && chord.code !== 'Slash' ? 'Shift+' : ''}${key}`
}
