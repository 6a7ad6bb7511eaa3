import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

const ESTIMATED_CARD_PX = 170

interface Props<T> {
  items: readonly T[]
  keyOf: (item: T) => string
  /** Renders one card: an `<li>`, as the list's own children are. */
  render: (item: T) => React.ReactNode
  className: string
  label: string
  /** `ol` for a list in reading order. */
  as?: 'ul' | 'ol'
  testId?: string
  /** The key of a card to bring into view when it changes (a highlight clicked in the text). */
  focusKey?: string | null
}

/**
 * A list of annotation cards that renders only what is near the view, so 50,000 cards cost what
 * a screenful costs. The list scrolls with the page section it sits in (its nearest scrolling
 * ancestor), keeping the layout; spacers stand for the cards not rendered, and each rendered
 * card is measured (cards differ in height with their notes). Several lists may share one
 * scrolling section (the reader's sidebar): each keeps its offset in it up to date as what is
 * above it grows or shrinks.
 */
export function VirtualCardList<T>({ items, keyOf, render, className, label, as = 'ul', testId = 'annotation-list', focusKey }: Props<T>): React.JSX.Element {
  const list = useRef<HTMLUListElement & HTMLOListElement>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = list.current
    const parent = el ? scrollParent(el) : null
    setScroller(parent)
    if (!el || !parent) return
    const measure = (): void => {
      const next = el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop
      setMargin((m) => (Math.abs(m - next) < 0.5 ? m : next))
    }
    measure()
    // What sits above the list in the same scrolling section may change height (another list's
    // cards measured, a section opening): the offset follows.
    const observer = new ResizeObserver(measure)
    for (const child of parent.querySelectorAll(':scope > *, :scope > * > *')) observer.observe(child)
    return () => observer.disconnect()
  }, [items.length])

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 4,
    scrollMargin: margin,
    getItemKey: (index) => {
      const item = items[index]
      return item === undefined ? index : keyOf(item)
    }
  })
  const focusIndex = focusKey ? items.findIndex((item) => keyOf(item) === focusKey) : -1
  const focusFound = focusIndex >= 0
  useEffect(() => {
    if (focusFound) virtualizer.scrollToIndex(focusIndex, { align: 'auto' })
    // When another card is asked for, or the one asked for arrives (a card just created reaches
    // the list after its write), not on every change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, focusFound])

  const rows = virtualizer.getVirtualItems()
  const before = rows.length > 0 ? (rows[0]?.start ?? margin) - margin : 0
  const after = rows.length > 0 ? virtualizer.getTotalSize() - ((rows.at(-1)?.end ?? margin) - margin) : 0

  // Cards are the feature's own <li>s: tag each with its index and let the virtualiser measure it.
  useLayoutEffect(() => {
    const cards = list.current?.querySelectorAll<HTMLElement>(':scope > [data-testid="annotation-card"]') ?? []
    cards.forEach((card, i) => {
      const row = rows[i]
      if (!row) return
      card.dataset['index'] = String(row.index)
      virtualizer.measureElement(card)
    })
  })

  const List = as
  return (
    <List ref={list} className={className} aria-label={label} data-testid={testId} data-total={items.length}>
      {before > 0 ? <li aria-hidden="true" className="virtual-spacer" style={{ blockSize: before }} /> : null}
      {rows.map((row) => {
        const item = items[row.index]
        return item === undefined ? null : <Slot key={row.key}>{render(item)}</Slot>
      })}
      {after > 0 ? <li aria-hidden="true" className="virtual-spacer" style={{ blockSize: after }} /> : null}
    </List>
  )
}

function Slot({ children }: { children: React.ReactNode }): React.JSX.Element {
  return <>{children}</>
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY
    if (overflow === 'auto' || overflow === 'scroll') return p
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null
}
