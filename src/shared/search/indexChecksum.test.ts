import { describe, expect, it } from 'vitest'
import { BodyChecksum, indexChecksum } from './indexChecksum'

function bytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed
  for (let i = 0; i < n; i++) out[i] = x = (Math.imul(x, 1103515245) + 12345) >>> 16
  return out
}

describe('the index file checksum', () => {
  it('summed in steps as the body is written equals the sum of the whole, wherever the steps end', () => {
    for (const n of [0, 1, 3, 4, 5, 8, 13, 1000, 4099]) {
      const body = bytes(n)
      const whole = indexChecksum(body)
      for (const cuts of [[1], [2, 3], [4, 8], [5, 6, 7, 1001], [n - 1], [n + 4]]) {
        const sum = new BodyChecksum(body)
        for (const end of cuts) sum.upTo(end)
        expect(sum.digest(), `${n} bytes, steps ending at ${cuts.join(',')}`).toBe(whole)
      }
    }
  })

  it('changes with any one byte, in any lane, and with a byte swapped with its neighbour', () => {
    const body = bytes(257)
    const whole = indexChecksum(body)
    for (const at of [0, 1, 2, 3, 128, 255, 256]) {
      const changed = body.slice()
      changed[at] = (changed[at] as number) ^ 0x80
      expect(indexChecksum(changed), `byte ${at}`).not.toBe(whole)
    }
    const swapped = body.slice()
    swapped[10] = body[11] as number
    swapped[11] = body[10] as number
    expect(body[10]).not.toBe(body[11])
    expect(indexChecksum(swapped)).not.toBe(whole)
  })
})
