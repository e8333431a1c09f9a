/** A synthesis card: text, provenance (group, roles), author or none, a quick agree/disagree poll. */
import { useId } from 'react'
import { answerPoll, cardText, moveCard, removeCard, type SynthesisCard, type SynthesisColumn } from '../../../../shared/doc/synthesis'
import { YTextField } from '../../ui/YTextField'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { roleLabel } from '../../../../shared/auth/roles'
import { columnLabel, provenanceText } from '../../../../shared/doc/synthesis-moves'

interface Props {
  readonly card: SynthesisCard
  readonly columns: readonly SynthesisColumn[]
  readonly canWrite: boolean
  onStatus(message: string): void
}

const columnKey = (c: SynthesisColumn) => (c.kind === 'perspective' ? `perspective:${c.role}` : c.kind)

export function CardView({ card, columns, canWrite, onStatus }: Props) {
  const { connection, me, members } = useWorkspace()
  const { control } = useFacilitation()
  const doc = connection.board.doc
  const id = useId()
  const text = cardText(doc, card.id, 'text')
  const currentName = card.provenance.groupId ? control.breakout?.groups.find((g) => g.id === card.provenance.groupId)?.name : undefined
  const author = card.authorId ? members.find((m) => m.id === card.authorId)?.displayName ?? 'a former member' : undefined
  const mine = card.poll.answers[me.id]
  const answer = (a: 'agree' | 'disagree') => {
    answerPoll(doc, card.id, me.id, mine === a ? null : a)
    onStatus(mine === a ? 'Your answer was withdrawn.' : `You ${a}.`)
  }
  return (
    <li className="synthesis-card" data-testid="synthesis-card">
      {canWrite && text ? <YTextField text={text} multiline rows={2} label="Card text" /> : <p>{card.text}</p>}
      {card.quote && (
        <blockquote className="small">
          “{card.quote}”{card.quoteRole && <> — a {roleLabel(card.quoteRole)}</>}
        </blockquote>
      )}
      <p className="small muted provenance" data-testid="provenance">
        {provenanceText(card.provenance, card.column, currentName)}
        {' · '}
        {author ? `by ${author}` : 'no author'}
      </p>
      <div className="row wrap poll" role="group" aria-label="Quick poll">
        <button type="button" className="small" aria-pressed={mine === 'agree'} disabled={!canWrite} onClick={() => answer('agree')}>
          Agree <span className="count">({card.poll.agree})</span>
        </button>
        <button type="button" className="small" aria-pressed={mine === 'disagree'} disabled={!canWrite} onClick={() => answer('disagree')}>
          Disagree <span className="count">({card.poll.disagree})</span>
        </button>
      </div>
      {canWrite && (
        <div className="row wrap">
          <label htmlFor={`${id}-move`} className="small">Column</label>
          <select id={`${id}-move`} className="compact-select" value={columnKey(card.column)}
            onChange={(e) => {
              const to = columns.find((c) => columnKey(c) === e.target.value)
              if (to) moveCard(doc, card.id, { topicId: card.topicId, column: to, order: card.order })
              if (to) onStatus(`Card moved to ${columnLabel(to)}.`)
            }}>
            {columns.map((c) => (
              <option key={columnKey(c)} value={columnKey(c)}>{columnLabel(c)}</option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => (removeCard(doc, card.id), onStatus('Card deleted. Undo brings it back.'))}>
            Delete card
          </button>
        </div>
      )}
    </li>
  )
}
