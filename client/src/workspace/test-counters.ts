/**
 * Counters browser tests read: `window.__rootworkTest.connectionCloses` counts every provider's
 * `connection-close` events (a healthy idle session has none). Absent in production: a no-op.
 */
export function countConnectionClose(): void {
  if (typeof window === 'undefined') return
  const hook: unknown = Reflect.get(window, '__rootworkTest')
  if (typeof hook !== 'object' || hook === null) return
  const count: unknown = Reflect.get(hook, 'connectionCloses')
  Reflect.set(hook, 'connectionCloses', (typeof count === 'number' ? count : 0) + 1)
}
