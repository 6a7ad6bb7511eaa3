import { useLayoutEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

const ESTIMATED_CARD_PX = 170

interface Props<T> {
  items: readonly T[]
  keyOf: (item: T) => string
  /** Renders one card: an `<li>`, as the list's own children are. */
  render: (item: T) => React.ReactNode
  className: string
  label: string
}

/**
 * A list of annotation cards that renders only what is near the view, so 50,000 cards cost what
 * a screenful costs. The list scrolls with the page section it sits in (its nearest scrolling
 * ancestor), keeping the layout; spacers stand for the cards not rendered, and each rendered
 * card is measured (cards differ in height with their notes).
 */
export function VirtualCardList<T>({ items, keyOf, render, className, label }: Props<T>): React.JSX.Element {
  const list = useRef<HTMLUListElement>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = list.current
    const parent = el ? scrollParent(el) : null
    setScroller(parent)
    if (el && parent) setMargin(el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop)
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

  return (
    <ul ref={list} className={className} aria-label={label} data-testid="annotation-list" data-total={items.length}>
      {before > 0 ? <li aria-hidden="true" className="virtual-spacer" style={{ blockSize: before }} /> : null}
      {rows.map((row) => {
        const item = items[row.index]
        return item === undefined ? null : <Slot key={row.key}>{render(item)}</Slot>
      })}
      {after > 0 ? <li aria-hidden="true" className="virtual-spacer" style={{ blockSize: after }} /> : null}
    </ul>
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
