/** The topic × column grid as a real table (row and column headers), each cell a list of cards. */
import type { SynthesisBoard, SynthesisColumn } from '../../../../shared/doc/synthesis'
import { AddCard } from './AddCard'
import { CardView } from './CardView'
import { cardsIn, columnLabel } from '../../../../shared/doc/synthesis-moves'

interface Props {
  readonly board: SynthesisBoard
  readonly canWrite: boolean
  onRemoveTopic(id: string, title: string): void
  onStatus(message: string): void
}

export function SynthesisTable({ board, canWrite, onRemoveTopic, onStatus }: Props) {
  const columns: SynthesisColumn[] = [
    { kind: 'agreement' },
    { kind: 'disagreement' },
    ...board.perspectives.map((p) => ({ kind: 'perspective' as const, role: p.role })),
  ]
  return (
    <div className="synthesis-scroll">
      <table className="synthesis-table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {columns.map((c) => (
              <th scope="col" key={c.kind === 'perspective' ? c.role : c.kind}>{columnLabel(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.topics.map((t) => (
            <tr key={t.id} data-testid="synthesis-topic">
              <th scope="row">
                <span className="topic-title">{t.title || 'Untitled topic'}</span>
                {canWrite && (
                  <button type="button" className="link-button small" onClick={() => onRemoveTopic(t.id, t.title)}>
                    Remove<span className="visually-hidden"> topic “{t.title}”</span>
                  </button>
                )}
              </th>
              {columns.map((c) => {
                const cards = cardsIn(t, c)
                return (
                  <td key={c.kind === 'perspective' ? c.role : c.kind}>
                    <ul className="plain-list">
                      {cards.map((card) => (
                        <CardView key={card.id} card={card} columns={columns} canWrite={canWrite} onStatus={onStatus} />
                      ))}
                    </ul>
                    {canWrite && <AddCard topicId={t.id} topicTitle={t.title} column={c} onStatus={onStatus} />}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
