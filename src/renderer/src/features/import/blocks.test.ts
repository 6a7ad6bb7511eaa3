import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { blockSchema } from '../../../../shared/archive/schema'
import { blocksFromNode, type MinimalNode } from './blocks'

const blocksOf = (html: string, title?: string) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`)
  const blocks = blocksFromNode(document.body as unknown as MinimalNode, title)
  for (const block of blocks) expect(blockSchema.safeParse(block).success, JSON.stringify(block)).toBe(true)
  return blocks
}
const HASH = 'ab'.repeat(32)

describe('blocksFromNode', () => {
  it('keeps paragraphs, headings, quotes and lists, drops the repeated title', () => {
    expect(
      blocksOf('<div><h2>عنوان</h2><p>یک <b>دو</b> سه</p><h3>بخش</h3><blockquote>نقل</blockquote><ul><li>الف</li></ul></div>', 'عنوان')
    ).toEqual([
      { kind: 'paragraph', text: 'یک دو سه' },
      { kind: 'heading', text: 'بخش' },
      { kind: 'quote', text: 'نقل' },
      { kind: 'list', ordered: false, items: [{ text: 'الف' }] }
    ])
  })

  it('turns loose text between blocks into paragraphs and keeps ZWNJ', () => {
    expect(blocksOf('<div>متن آزاد\u200cها<p>پاراگراف</p>ادامه</div>')).toEqual([
      { kind: 'paragraph', text: 'متن آزاد\u200cها' },
      { kind: 'paragraph', text: 'پاراگراف' },
      { kind: 'paragraph', text: 'ادامه' }
    ])
  })

  it('walks very deep trees without recursion', () => {
    const deep = '<div>'.repeat(5000) + 'عمیق' + '</div>'.repeat(5000)
    expect(blocksOf(deep)).toEqual([{ kind: 'paragraph', text: 'عمیق' }])
  })

  it('keeps http(s) links as ranges of the cleaned text, and only those', () => {
    const [p] = blocksOf('<p>  گزارش   <a href="https://example.ir/a?x=1">ایتنا   دربارهٔ</a> نمایشگاه <a href="javascript:alert(1)">بد</a> و <a href="/nisbi">نسبی</a></p>')
    expect(p).toEqual({ kind: 'paragraph', text: 'گزارش ایتنا دربارهٔ نمایشگاه بد و نسبی', links: [{ start: 6, end: 19, href: 'https://example.ir/a?x=1' }] })
    if (p?.kind !== 'paragraph') throw new Error('paragraph expected')
    expect(p.text.slice(6, 19)).toBe('ایتنا دربارهٔ')
  })

  it('keeps a link in a list item and in a quote', () => {
    const blocks = blocksOf('<ol><li>اول <a href="http://a.ir/">الف</a></li><li>دوم<ul><li>تو</li></ul></li></ol><blockquote><p>او گفت <a href="https://b.ir/">این</a></p></blockquote>')
    expect(blocks).toEqual([
      { kind: 'list', ordered: true, items: [{ text: 'اول الف', links: [{ start: 4, end: 7, href: 'http://a.ir/' }] }, { text: 'دوم' }, { text: 'تو' }] },
      { kind: 'quote', text: 'او گفت این', links: [{ start: 7, end: 10, href: 'https://b.ir/' }] }
    ])
  })

  it('keeps a simple table with its header row and caption', () => {
    expect(
      blocksOf('<table><caption>فروش غرفه‌ها</caption><thead><tr><th>سال</th><th>غرفه</th></tr></thead><tbody><tr><td>۱۴۰۱</td><td>  ۴۵۰ </td></tr><tr><td>1402</td><td></td></tr></tbody></table>')
    ).toEqual([{ kind: 'table', header: true, caption: 'فروش غرفه‌ها', rows: [['سال', 'غرفه'], ['۱۴۰۱', '۴۵۰'], ['1402', '']] }])
  })

  it('makes figures of kept pictures, placeholders of others, and drops pictures that say nothing', () => {
    expect(
      blocksOf(
        `<figure><img src="#image-${HASH}" alt="نمای سالن"><figcaption>سالن  ۳۸ نمایشگاه</figcaption></figure>` +
          '<figure><img alt="عکس بیرونی"><figcaption>از سایت خبرگزاری</figcaption></figure>' +
          '<p>پیش <img src="https://remote.example/x.png" alt="درون متن"> پس</p><img src="x.png">'
      )
    ).toEqual([
      { kind: 'figure', image: HASH, alt: 'نمای سالن', caption: 'سالن ۳۸ نمایشگاه' },
      { kind: 'figure', alt: 'عکس بیرونی', caption: 'از سایت خبرگزاری' },
      { kind: 'paragraph', text: 'پیش پس' },
      { kind: 'figure', alt: 'درون متن' }
    ])
  })

  it('keeps a figure without a picture (a pull quote) as its text', () => {
    expect(blocksOf('<figure><blockquote>نقل</blockquote><figcaption>گوینده</figcaption></figure>')).toEqual([
      { kind: 'quote', text: 'نقل' },
      { kind: 'paragraph', text: 'گوینده' }
    ])
  })

  it('cuts a long paragraph at the block limit and its link with it', () => {
    const long = 'ا'.repeat(29_995)
    const [a, b] = blocksOf(`<p>${long}<a href="https://x.ir/">پیوندی بلند</a></p>`)
    expect(a).toMatchObject({ kind: 'paragraph', links: [{ start: 29_995, end: 30_000, href: 'https://x.ir/' }] })
    expect(b).toEqual({ kind: 'paragraph', text: 'ی بلند', links: [{ start: 0, end: 6, href: 'https://x.ir/' }] })
  })
})
