/**
 * Browser tests set `window.__rootworkTest = {}` before the app loads; when it exists the mounted
 * editor is put on it (to count shapes, create one reliably). Absent in production: a no-op.
 */
import type { Editor } from 'tldraw'

export function exposeEditorForTests(editor: Editor): () => void {
  if (typeof window === 'undefined') return () => {}
  const hook: unknown = Reflect.get(window, '__rootworkTest')
  if (typeof hook !== 'object' || hook === null) return () => {}
  Reflect.set(hook, 'editor', editor)
  return () => {
    // a newer mount may have replaced it already; only take back our own
    if (Reflect.get(hook, 'editor') === editor) Reflect.deleteProperty(hook, 'editor')
  }
}
