// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { readingTextOf } from '@shared/article/readingText'
import { selectionOffsets } from './selectionOffsets'

const item = {
  title: 'عنوان خبر',
  lead: 'لید خبر دربارهٔ الکامپ',
  body: [
    { kind: 'paragraph' as const, text: 'بند یکم با تراکنش‌ها' },
    { kind: 'paragraph' as const, text: 'بند دوم' }
  ]
}
const reading = readingTextOf(item)

/** The article as ArticleBody renders it: one element per segment, highlights as nested marks. */
function renderArticle(): HTMLElement {
  document.body.innerHTML = `
    <div id="outside">بیرون از متن</div>
    <article id="article">
      <h1 data-segment="title">عنوان خبر</h1>
      <p data-segment="lead">لید خبر دربارهٔ <mark>الکامپ</mark></p>
      <p data-segment="body.0">بند یکم با <mark data-annotation-ids="a">تراکنش</mark>‌ها</p>
      <p data-segment="body.1">بند دوم</p>
    </article>`
  return document.getElementById('article')!
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange()
  range.setStart(startNode, startOffset)
  range.setEnd(endNode, endOffset)
  const selection = window.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  return selection
}

const text = (selector: string, index = 0): Text => document.querySelector(selector)!.childNodes[index] as Text
const at = (phrase: string): number => reading.text.indexOf(phrase)

describe('selectionOffsets', () => {
  let root: HTMLElement
  beforeEach(() => {
    root = renderArticle()
  })

  it('maps a selection inside one text node to reading-text offsets', () => {
    const start = 'بند '.length
    const selection = select(text('[data-segment="body.0"]'), start, text('[data-segment="body.0"]'), start + 'یکم'.length)
    expect(selectionOffsets(root, selection, reading)).toEqual({ start: at('یکم'), end: at('یکم') + 'یکم'.length })
  })

  it('counts the text of marks before the point, so a selection after a highlight is not shifted', () => {
    const after = document.querySelector('[data-segment="body.0"]')!.childNodes[2] as Text // '‌ها' after the mark
    const selection = select(text('mark[data-annotation-ids]'), 0, after, after.length)
    const offsets = selectionOffsets(root, selection, reading)!
    expect(reading.text.slice(offsets.start, offsets.end)).toBe('تراکنش‌ها')
  })

  it('spans segments, from the lead into the body', () => {
    const selection = select(text('[data-segment="lead"]'), 'لید '.length, text('[data-segment="body.0"]'), 'بند یکم'.length)
    const offsets = selectionOffsets(root, selection, reading)!
    expect(reading.text.slice(offsets.start, offsets.end)).toBe('خبر دربارهٔ الکامپ\n\nبند یکم')
  })

  it('snaps points between segments to the nearest segment edge (a triple click)', () => {
    // A point in the article element itself, just before body.1 (an index into its child nodes).
    const bodyIndex = [...root.childNodes].indexOf(document.querySelector('[data-segment="body.1"]')!)
    // From the start of body.0 to the gap before body.1: ends at body.0's end.
    const selection = select(text('[data-segment="body.0"]'), 0, root, bodyIndex)
    const offsets = selectionOffsets(root, selection, reading)!
    expect(reading.text.slice(offsets.start, offsets.end)).toBe('بند یکم با تراکنش‌ها')
    // From a gap to inside body.1: starts at body.1's start.
    const fromGap = select(root, bodyIndex, text('[data-segment="body.1"]'), 'بند'.length)
    const gapOffsets = selectionOffsets(root, fromGap, reading)!
    expect(reading.text.slice(gapOffsets.start, gapOffsets.end)).toBe('بند')
  })

  it('gives null for no selection, a collapsed one, or one reaching outside the article', () => {
    expect(selectionOffsets(root, null, reading)).toBeNull()
    const node = text('[data-segment="title"]')
    expect(selectionOffsets(root, select(node, 2, node, 2), reading)).toBeNull()
    expect(selectionOffsets(root, select(text('#outside'), 0, node, 3), reading)).toBeNull()
  })
})
