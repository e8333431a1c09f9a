/** Await a condition instead of sleeping: polls `check` until it is truthy or the deadline passes. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value as NonNullable<T>
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
    await new Promise((r) => setTimeout(r, 15))
  }
}

/** Resolves on the first matching event; rejects after `timeoutMs`. */
export function nextEvent<A extends unknown[]>(
  on: (listener: (...args: A) => void) => () => void,
  what: string,
  timeoutMs = 10_000,
): Promise<A> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off()
      reject(new Error(`timed out waiting for ${what}`))
    }, timeoutMs)
    const off = on((...args) => {
      clearTimeout(timer)
      off()
      resolve(args)
    })
  })
}
