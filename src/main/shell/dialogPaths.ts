const MAX_NAME = 120
// Control characters are exactly what this strips from a suggested file name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"|?*\u202a-\u202e\u2066-\u2069]/g

/**
 * A default file name suggested by the renderer, reduced to a bare file name: no folders, no
 * drive letters, no `..`, no control or bidi-override characters (which can disguise an extension),
 * not too long. The dialog decides the folder, never the renderer.
 */
export function safeDefaultName(requested: string, fallback = 'bayegan-export'): string {
  const last = requested.split(/[\\/]/).pop() ?? ''
  let name = last.replace(FORBIDDEN, '').replace(/^[\s.]+|[\s.]+$/g, '')
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.')
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
    name = name.slice(0, MAX_NAME - ext.length) + ext
  }
  return name || fallback
}
