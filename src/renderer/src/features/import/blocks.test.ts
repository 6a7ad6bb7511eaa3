import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { blocksFromNode, type MinimalNode } from './blocks'

const blocksOf = (html: string, title?: string) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`)
  return blocksFromNode(document.body as unknown as MinimalNode, title)
}

describe('blocksFromNode', () => {
  it('keeps paragraphs, headings and quotes as text, drops the repeated title', () => {
    expect(
      blocksOf('<div><h2>عنوان</h2><p>یک <b>دو</b> <a href="https://x.ir">سه</a></p><h3>بخش</h3><blockquote>نقل</blockquote><ul><li>الف</li></ul></div>', 'عنوان')
    ).toEqual([
      { kind: 'paragraph', text: 'یک دو سه' },
      { kind: 'heading', text: 'بخش' },
      { kind: 'quote', text: 'نقل' },
      { kind: 'paragraph', text: 'الف' }
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
})
