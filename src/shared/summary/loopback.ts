/**
 * The model server must run on this machine unless the researcher explicitly allows otherwise:
 * article text and notes must not leave the computer by accident.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === 'localhost' || host === '::1') return true
  // WHATWG URL has already normalised IPv4 forms (0x7f.1, 2130706433) to dotted decimal.
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255)
  // IPv4-mapped IPv6 loopback, as URL normalises it: ::ffff:7f00:1 (= ::ffff:127.0.0.1).
  return /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
}
