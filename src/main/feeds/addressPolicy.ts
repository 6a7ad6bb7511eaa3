// Which network addresses a feed fetch may connect to. A followed feed (or a page it links, or a
// redirect) must not reach this computer or the researcher's own network: loopback, private
// (RFC 1918), link-local, carrier-grade NAT, unique-local IPv6, multicast, unspecified and other
// reserved ranges are refused, by literal address, by name (`localhost`), and by what a name
// RESOLVES to. The address checked is the address connected to (fetchLimited's lookup hands it to
// the socket), so a name that answers differently the second time (DNS rebinding) gains nothing.
import { BlockList, isIPv4, isIPv6 } from 'node:net'

export interface AddressPolicy {
  /** Why a connection to this IP address is refused, or undefined when it is allowed. */
  refuseAddress(ip: string): string | undefined
  /** Why a host name is refused before it is looked up, or undefined. */
  refuseHostName(host: string): string | undefined
}

export const LOOPBACK = 'this computer (loopback)'

const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'an unspecified address'],
  ['10.0.0.0', 8, 'a private network address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, LOOPBACK],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private network address'],
  ['192.0.0.0', 24, 'a reserved address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.168.0.0', 16, 'a private network address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address']
]

const V6: [string, number, string][] = [
  ['::', 128, 'an unspecified address'],
  ['::1', 128, LOOPBACK],
  ['::', 96, 'a reserved address'],
  ['100::', 64, 'a discard address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique-local address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address']
]

function rangeLists(): { list: BlockList; why: string }[] {
  return [...V4.map(([net, bits, why]) => ({ net, bits, why, type: 'ipv4' as const })), ...V6.map(([net, bits, why]) => ({ net, bits, why, type: 'ipv6' as const }))].map(({ net, bits, why, type }) => {
    const list = new BlockList()
    list.addSubnet(net, bits, type)
    return { list, why }
  })
}

const RANGES = rangeLists()

/** The eight 16-bit words of an IPv6 address (a trailing dotted IPv4 part allowed), or undefined. */
function ipv6Words(ip: string): number[] | undefined {
  let text = ip.replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const parts = (dotted[1] as string).split('.').map(Number)
    text = `${text.slice(0, -(dotted[1] as string).length)}${(((parts[0] as number) << 8) | (parts[1] as number)).toString(16)}:${(((parts[2] as number) << 8) | (parts[3] as number)).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const words = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((w) => Number.parseInt(w, 16))
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined
}

const v4Of = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`

/** An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4), which must pass the IPv4 check too. */
function embeddedV4(ip: string): string | undefined {
  const w = ipv6Words(ip)
  if (!w) return undefined
  const [a, b, c, d, e, f, g, h] = w as [number, number, number, number, number, number, number, number]
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return v4Of(g, h) // ::ffff:a.b.c.d
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4Of(g, h) // NAT64 64:ff9b::/96
  if (a === 0x2002) return v4Of(b, c) // 6to4
  return undefined
}

/** Which refused range an IP address is in, or undefined for a public address. Not an address at all: refused. */
export function refusedRange(ip: string): string | undefined {
  const bare = ip.replace(/^\[(.*)\]$/, '$1')
  if (isIPv4(bare)) return RANGES.find((r) => r.list.check(bare, 'ipv4'))?.why
  if (isIPv6(bare)) {
    const inner = embeddedV4(bare)
    if (inner) {
      const why = refusedRange(inner)
      if (why) return why
    }
    return RANGES.find((r) => r.list.check(bare, 'ipv6'))?.why
  }
  return 'not an IP address'
}

function refuseLocalName(host: string): string | undefined {
  const name = host.toLowerCase().replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.localhost')) return 'this computer (localhost)'
  if (name === '') return 'no host name'
  return undefined
}

/** The app's policy: public addresses only. */
export const PUBLIC_ADDRESSES_ONLY: AddressPolicy = {
  refuseAddress: refusedRange,
  refuseHostName(host) {
    const bare = host.replace(/^\[(.*)\]$/, '$1')
    if (isIPv4(bare) || isIPv6(bare)) return refusedRange(bare)
    return refuseLocalName(bare)
  }
}
