import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../shared/archive/schema'
import { withCheckedImages } from './buildItem'

const PNG = readFileSync('e2e/fixtures/import/structure/elecomp-hall-report_files/hall-map.png')
const hashOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

describe('the renderer checks pictures again before storing them', () => {
  it('keeps a real picture, and turns one that fails the check into a placeholder (or drops it when it says nothing)', async () => {
    const good = hashOf(PNG)
    const lying = hashOf(SVG)
    const claimed = 'a'.repeat(64)
    const body: Block[] = [
      { kind: 'paragraph', text: 'متن خبر' },
      { kind: 'figure', image: good, alt: 'نقشه', caption: 'سالن ۳۸' },
      // Says PNG, is SVG: refused here even if the main process had let it through.
      { kind: 'figure', image: lying, alt: 'نمودار', caption: 'بازدیدکنندگان' },
      // Real PNG bytes under a name they do not hash to.
      { kind: 'figure', image: claimed, caption: 'نام نادرست' },
      // Named, not sent, nothing to show.
      { kind: 'figure', image: '0'.repeat(64) }
    ]
    const { body: checked, images } = await withCheckedImages(body, [
      { hash: good, contentType: 'image/png', base64: PNG.toString('base64') },
      { hash: lying, contentType: 'image/png', base64: SVG.toString('base64') },
      { hash: claimed, contentType: 'image/png', base64: PNG.toString('base64') }
    ])
    expect(checked).toEqual([
      { kind: 'paragraph', text: 'متن خبر' },
      { kind: 'figure', image: good, alt: 'نقشه', caption: 'سالن ۳۸' },
      { kind: 'figure', alt: 'نمودار', caption: 'بازدیدکنندگان' },
      { kind: 'figure', caption: 'نام نادرست' }
    ])
    expect([...images.values()].map((i) => [i.hash, i.contentType, i.blob.size])).toEqual([[good, 'image/png', PNG.length]])
  })
})
