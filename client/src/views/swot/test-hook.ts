/**
 * Browser tests set `window.__rootworkTest = {}` before the app loads; when it exists the board
 * document is put on it (to check what a click wrote). Absent in production: a no-op.
 */
import type * as Y from 'yjs'

export function exposeBoardDocForTests(doc: Y.Doc): () => void {
  if (typeof window === 'undefined') return () => {}
  const hook: unknown = Reflect.get(window, '__rootworkTest')
  if (typeof hook !== 'object' || hook === null) return () => {}
  Reflect.set(hook, 'boardDoc', doc)
  return () => {}
}
