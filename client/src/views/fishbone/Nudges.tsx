/** Tool B coaching prompts shown where they apply, worded as in the source, with their attribution. */
import type { NudgeId } from '../../../../shared/content/fishbone'
import { nudgeText } from '../../../../shared/domain/fishbone/prompts'

interface Props {
  readonly nudges: readonly { readonly id: NudgeId; readonly note?: string }[]
  readonly id?: string
  readonly title?: string
}

export function Nudges({ nudges, id, title = 'Ask the team' }: Props) {
  const shown = nudges.map((n) => ({ ...n, text: nudgeText(n.id) })).filter((n) => n.text !== '')
  if (shown.length === 0) return null
  return (
    <aside className="fb-nudges" id={id} aria-label={title}>
      <p className="fb-nudges-title">
        {title}
      </p>
      <ul>
        {shown.map((n) => (
          <li key={n.id + (n.note ?? '')} data-nudge={n.id}>
            {n.note && <strong>{n.note}: </strong>}
            {n.text}
          </li>
        ))}
      </ul>
      <p className="muted small">Prompts from CCSSO Tool B (CC BY 4.0).</p>
    </aside>
  )
}
