import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CommandId } from './commands'
import { KeyRegistry, type CommandHandler } from './registry'

const RegistryContext = createContext<KeyRegistry | null>(null)
const LayerContext = createContext(0)

/** Installs the app's one keydown listener. */
export function KeyboardProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const [registry] = useState(() => new KeyRegistry())
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => void registry.handle(e)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [registry])
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

function useRegistry(): KeyRegistry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('KeyboardProvider missing')
  return registry
}

/** Binds `handler` to a command while `enabled`, on the layer of the nearest KeyLayer. */
export function useCommand(id: CommandId, handler: CommandHandler, enabled = true): void {
  const registry = useRegistry()
  const layer = useContext(LayerContext)
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!enabled) return
    return registry.bind(id, (e, chord) => latest.current(e, chord), layer)
  }, [registry, id, layer, enabled])
}

/** A modal's key layer: while mounted, only commands bound inside it fire. */
export function KeyLayer({ children }: { children: React.ReactNode }): React.JSX.Element {
  const registry = useRegistry()
  const [layer] = useState(() => registry.newLayer())
  useEffect(() => {
    registry.openLayer(layer)
    return () => registry.closeLayer(layer)
  }, [registry, layer])
  return <LayerContext.Provider value={layer}>{children}</LayerContext.Provider>
}

function EscapeCommand({ onEscape }: { onEscape: () => void }): null {
  useCommand('dialog.close', () => onEscape())
  return null
}

/** A modal's key layer with its Escape bound to `onEscape`: nothing behind the modal hears the key. */
export function ModalLayer({ onEscape, children }: { onEscape: () => void; children: React.ReactNode }): React.JSX.Element {
  return (
    <KeyLayer>
      <EscapeCommand onEscape={onEscape} />
      {children}
    </KeyLayer>
  )
}
