/**
 * Local refusals the person must read ("this paste is too large to share"), shown next to the
 * status pill until dismissed or replaced. One per workspace connection; no module state.
 */
export interface Notice {
  readonly id: number
  readonly message: string
}

export class Notices {
  private current: Notice | undefined
  private next = 1
  private readonly listeners = new Set<() => void>()

  get notice(): Notice | undefined {
    return this.current
  }

  report = (message: string): void => {
    this.current = { id: this.next++, message }
    for (const l of this.listeners) l()
  }

  dismiss = (): void => {
    this.current = undefined
    for (const l of this.listeners) l()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
