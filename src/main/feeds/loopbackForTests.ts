// FOR TESTS ONLY, never imported by the app: the stand-in feed servers that tests start listen on
// 127.0.0.1, which the app's policy refuses. This policy lets loopback through and refuses every
// other private range exactly as the app does. Tests pass it explicitly (createHandlers' options,
// createFeedHandlers, fetchLimited); nothing in the app reads a setting or variable to choose it.
import { LOOPBACK, PUBLIC_ADDRESSES_ONLY, refusedRange, type AddressPolicy } from './addressPolicy'

export const LOOPBACK_ALLOWED_FOR_TESTS: AddressPolicy = {
  refuseAddress: (ip) => (refusedRange(ip) === LOOPBACK ? undefined : PUBLIC_ADDRESSES_ONLY.refuseAddress(ip)),
  refuseHostName: (host) => {
    const why = PUBLIC_ADDRESSES_ONLY.refuseHostName(host)
    return why === LOOPBACK || why === 'this computer (localhost)' ? undefined : why
  }
}
