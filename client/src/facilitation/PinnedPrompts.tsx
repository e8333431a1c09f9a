/**
 * Prompts the facilitator pinned, shown by the shell at the top of every board (group boards too):
 * nothing when none are pinned. Each member may hide a prompt; hiding is remembered on this device
 * for this workspace, and a prompt pinned later still shows.
 */
import { useState } from 'react'
import { promptById, deckOf } from '../../../shared/domain/facilitation/decks'
import { useWorkspace } from '../workspace/context'
import { Attribution } from './Attribution'
import { useFacilitation } from './context'

const keyFor = (workspaceId: string, memberId: string) => `rootwork.hidden-prompts.${workspaceId}.${memberId}`

function readHidden(key: string): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

function writeHidden(key: string, ids: readonly string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(ids))
  } catch {
    // private mode: hidden for this page only
  }
}

export function PinnedPrompts() {
  const { workspace, me } = useWorkspace()
  const { control } = useFacilitation()
  const key = keyFor(workspace.id, me.id)
  const [hidden, setHidden] = useState(() => readHidden(key))
  const prompts = control.pinned
    .filter((id) => !hidden.includes(id))
    .map((id) => promptById(id))
    .filter((p) => p !== undefined)
  if (prompts.length === 0) return null
  const decks = [...new Set(prompts.map((p) => deckOf(p.id)).filter((d) => d !== undefined))]
  const hide = (id: string) => {
    // forget hidden ids that are no longer pinned, so the list stays small
    const next = [...hidden.filter((h) => control.pinned.includes(h)), id]
    setHidden(next)
    writeHidden(key, next)
  }
  return (
    <aside className="pinned-prompts" aria-labelledby="pinned-heading" data-testid="pinned-prompts">
      <h2 id="pinned-heading">Questions from your facilitator</h2>
      <ul>
        {prompts.map((p) => (
          <li key={p.id}>
            {p.text}{' '}
            <button type="button" className="link-button small" onClick={() => hide(p.id)} aria-label={`Hide this question: ${p.text}`}>
              Hide
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary className="small">Sources</summary>
        {decks.map((d) => (
          <Attribution key={d} deck={d} />
        ))}
      </details>
    </aside>
  )
}
