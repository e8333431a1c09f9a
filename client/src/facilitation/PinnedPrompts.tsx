/**
 * Prompts the facilitator pinned, for any board to mount (`<PinnedPrompts />`): shows nothing when
 * none are pinned. Pins apply to every board in the workspace (control stores no board per pin).
 */
import { promptById, deckOf } from '../../../shared/domain/facilitation/decks'
import { Attribution } from './Attribution'
import { useFacilitation } from './context'

export function PinnedPrompts() {
  const { control } = useFacilitation()
  const prompts = control.pinned.map((id) => promptById(id)).filter((p) => p !== undefined)
  if (prompts.length === 0) return null
  const decks = [...new Set(control.pinned.map(deckOf).filter((d) => d !== undefined))]
  return (
    <aside className="pinned-prompts" aria-labelledby="pinned-heading" data-testid="pinned-prompts">
      <h2 id="pinned-heading">Questions from your facilitator</h2>
      <ul>
        {prompts.map((p) => (
          <li key={p.id}>{p.text}</li>
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
