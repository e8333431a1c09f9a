/**
 * After a refused write the board document was reloaded in place; this shows what the server did
 * not keep, so the member can copy it somewhere else — never silently dropped.
 */
import { useSyncExternalStore } from 'react'
import type { WorkspaceConnection } from './workspace-connection'

export function RefusedNotice({ connection }: { connection: WorkspaceConnection }) {
  const texts = useSyncExternalStore(
    (l) => connection.subscribe(l),
    () => connection.refusedTexts,
  )
  if (texts.length === 0) return null
  return (
    <section className="refused-notice" role="alert" aria-labelledby="refused-heading" data-testid="refused-notice">
      <h2 id="refused-heading">Not saved: the board was locked before this reached the server</h2>
      <p className="small">The board was reloaded from the server. Copy what you wrote if you still need it:</p>
      <textarea readOnly rows={Math.min(6, texts.length + 1)} value={texts.join('\n')} aria-label="Your text that was not saved" />
      <button type="button" onClick={() => connection.dismissRefused()}>
        Done
      </button>
    </section>
  )
}
