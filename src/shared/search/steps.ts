/**
 * Work done in steps: a generator that yields between pieces of work of bounded size and returns
 * its result. The search worker pauses at each yield, so a query typed meanwhile is answered after
 * one step instead of after the whole job; everywhere else the steps run to the end at once.
 */
export type Steps<T> = Generator<void, T, void>

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs the steps with `pause()` between them. */
export async function runPaused<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}
