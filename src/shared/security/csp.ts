/**
 * The Content-Security-Policy of the renderer, in one place: the Electron protocol handler,
 * the built index.html and the e2e test host all send this exact policy.
 * No remote origin, no eval, no inline script; fonts and workers only from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  // Pictures kept from imported pages are shown from Blobs in IndexedDB; nothing remote, no data:.
  "img-src 'self' blob:",
  "connect-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** frame-ancestors only works as a header, so it is added there and not in the meta tag. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
