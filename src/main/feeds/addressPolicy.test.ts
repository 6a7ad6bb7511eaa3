import { describe, expect, it } from 'vitest'
import { PUBLIC_ADDRESSES_ONLY, refusedRange } from './addressPolicy'
import { LOOPBACK_ALLOWED_FOR_TESTS } from './loopbackForTests'

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'unique-local'],
    ['fc00::abcd', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::fb', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:c0a8:101', 'private'],
    ['64:ff9b::a00:1', 'private'], // NAT64 of 10.0.0.1
    ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
    ['[::1]', 'loopback'],
    ['not-an-ip', 'not an IP address']
  ])('refuses %s (%s)', (ip, what) => {
    expect(refusedRange(ip)).toContain(what)
  })

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8'])('allows the public address %s', (ip) => {
    expect(refusedRange(ip)).toBeUndefined()
  })
})

describe('host names', () => {
  it('refuses localhost and its subdomains, and private literals; public names are left to the lookup', () => {
    for (const host of ['localhost', 'LocalHost.', 'api.localhost', '127.0.0.1', '[::1]', '10.9.8.7']) expect(PUBLIC_ADDRESSES_ONLY.refuseHostName(host), host).toBeDefined()
    for (const host of ['www.asriran.example', 'news.example', '93.184.216.34']) expect(PUBLIC_ADDRESSES_ONLY.refuseHostName(host), host).toBeUndefined()
  })
  it('the test-only policy lets loopback through and nothing else', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) expect(LOOPBACK_ALLOWED_FOR_TESTS.refuseHostName(host), host).toBeUndefined()
    for (const ip of ['10.0.0.1', '169.254.169.254', 'fd00::1', '0.0.0.0']) expect(LOOPBACK_ALLOWED_FOR_TESTS.refuseAddress(ip), ip).toBeDefined()
  })
})
