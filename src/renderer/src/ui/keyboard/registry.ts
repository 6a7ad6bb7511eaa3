import { COMMANDS, matchedChord, type CommandId, type KeyChord } from './commands'

export type CommandHandler = (e: KeyboardEvent, chord: KeyChord) => boolean | void

interface Binding {
  id: CommandId
  layer: number
  handler: CommandHandler
}

/**
 * One keydown listener for the whole app. Bindings live on layers: the base layer (0) and one per
 * open modal. Only the topmost layer's bindings are tried, so a dialog's Escape closes the dialog
 * and nothing behind it. Within a layer the latest binding wins (a selection's Escape over the
 * reader's). A handler returning false passes the key on.
 */
export class KeyRegistry {
  private bindings: Binding[] = []
  private layers: number[] = [0]
  private nextLayer = 1

  /** A fresh layer id; it takes effect when opened. */
  newLayer(): number {
    return this.nextLayer++
  }

  openLayer(layer: number): void {
    this.layers = [...this.layers.filter((l) => l !== layer), layer]
  }

  closeLayer(layer: number): void {
    this.layers = this.layers.filter((l) => l !== layer)
  }

  topLayer(): number {
    return this.layers.at(-1) ?? 0
  }

  bind(id: CommandId, handler: CommandHandler, layer = 0): () => void {
    const binding: Binding = { id, layer, handler }
    this.bindings.push(binding)
    return () => {
      this.bindings = this.bindings.filter((b) => b !== binding)
    }
  }

  /** Runs the command `e` stands for, if any; true when it was handled (the event is then cancelled). */
  handle(e: KeyboardEvent): boolean {
    if (e.defaultPrevented || e.isComposing) return false
    const top = this.topLayer()
    const typing = isTypingTarget(e.target)
    for (let i = this.bindings.length - 1; i >= 0; i--) {
      const b = this.bindings[i]
      if (!b || b.layer !== top) continue
      const def = COMMANDS[b.id]
      if (typing && !('inFields' in def && def.inFields)) continue
      const chord = matchedChord(b.id, e)
      if (!chord) continue
      if (b.handler(e, chord) === false) continue
      e.preventDefault()
      e.stopPropagation()
      return true
    }
    return false
  }
}

/** True when the keyboard is busy typing into a field: plain-key shortcuts must not fire there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && typeof el.tagName === 'string' && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}
