/**
 * Leading-and-trailing throttle: the first call runs at once, later calls within `ms` collapse into
 * one run at the end of the window. `cancel` drops a pending run (call it on dispose).
 */
export interface Throttled {
  readonly call: () => void
  readonly cancel: () => void
}

export function throttle(fn: () => void, ms: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending = false
  const open = () => {
    timer = setTimeout(() => {
      timer = null
      if (pending) {
        pending = false
        fn()
        open()
      }
    }, ms)
  }
  return {
    call: () => {
      if (timer !== null) {
        pending = true
        return
      }
      fn()
      open()
    },
    cancel: () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      pending = false
    },
  }
}
