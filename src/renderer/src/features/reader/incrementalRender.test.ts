// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { useIncrementalCount } from './ArticleBody'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true
afterEach(() => {
  document.body.innerHTML = ''
})

function Probe({ blocks, step, seen }: { blocks: { text: string }[]; step: number; seen: number[] }): null {
  seen.push(useIncrementalCount(blocks, (b) => b.text.length, step))
  return null
}

async function render(blocks: { text: string }[], step: number): Promise<number[]> {
  const seen: number[] = []
  const root = createRoot(document.body.appendChild(document.createElement('div')))
  await act(async () => root.render(createElement(Probe, { blocks, step, seen })))
  // Let the animation frames run until everything is in.
  for (let i = 0; i < 20 && seen.at(-1) !== blocks.length; i++) await act(() => new Promise((r) => setTimeout(r, 20)))
  return seen
}

describe('incremental rendering of a long article', () => {
  it('renders a short article in one step', async () => {
    const seen = await render([{ text: 'یک' }, { text: 'دو' }], 100)
    expect(new Set(seen)).toEqual(new Set([2]))
  })
  it('renders a long one a step at a time until every block is in, never skipping one', async () => {
    const blocks = Array.from({ length: 10 }, () => ({ text: 'ب'.repeat(40) }))
    const seen = await render(blocks, 100)
    const steps = [...new Set(seen)]
    expect(steps[0]).toBe(2)
    expect(steps.at(-1)).toBe(10)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
  })
  it('takes a block larger than a step on its own', async () => {
    const seen = await render([{ text: 'ا'.repeat(500) }, { text: 'ب' }], 100)
    expect(seen[0]).toBe(1)
    expect(seen.at(-1)).toBe(2)
  })
})
