/**
 * Roll a group note up into the room's synthesis board: choose a topic (or make one named after the
 * group) and a column. The card keeps its group and the author's role; in anonymous mode, no author.
 */
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { readSynthesis, type SynthesisColumn } from '../../../../shared/doc/synthesis'
import { SYNTHESIS_TOPICS } from '../../../../shared/content/symposium'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { addCardAtEnd, columnLabel, newTopic } from '../../../../shared/doc/synthesis-moves'
import { markPromoted, type GroupNote } from './notes'

const NEW_TOPIC = '__new__'
/** one of the symposium's four discussion topics, made when first chosen */
const SYMPOSIUM_TOPIC = 'symposium:'

interface Props {
  readonly groupDoc: Y.Doc
  readonly note: GroupNote
  readonly groupId: string
  readonly groupName: string
  onDone(message?: string): void
}

export function PromoteForm({ groupDoc, note, groupId, groupName, onDone }: Props) {
  const { connection } = useWorkspace()
  const { control } = useFacilitation()
  const board = connection.board.doc
  const synthesis = readSynthesis(board)
  const missing = SYNTHESIS_TOPICS.filter((t) => !synthesis.topics.some((s) => s.title === t))
  const [topic, setTopic] = useState(synthesis.topics[0]?.id ?? (missing[0] !== undefined ? SYMPOSIUM_TOPIC + missing[0] : NEW_TOPIC))
  const columns: SynthesisColumn[] = [{ kind: 'agreement' }, { kind: 'disagreement' }, { kind: 'perspective', role: note.role }]
  const [column, setColumn] = useState(2)
  const id = useId()

  const promote = () => {
    const chosen = columns[column]
    if (!chosen) return
    const topicId = topic === NEW_TOPIC ? newTopic(board, synthesis, `From ${groupName}`) : topic.startsWith(SYMPOSIUM_TOPIC) ? newTopic(board, synthesis, topic.slice(SYMPOSIUM_TOPIC.length)) : topic
    const round = control.breakout?.round
    const anonymous = control.anonymity === 'anonymous'
    const cardId = addCardAtEnd(board, {
      topicId, column: chosen, text: note.text, roles: [note.role], groupId, groupName,
      ...(round !== undefined ? { round } : {}),
      ...(!anonymous && note.authorId !== undefined ? { authorId: note.authorId } : {}),
    })
    markPromoted(groupDoc, note.id, cardId)
    onDone(`Promoted to the synthesis board (${columnLabel(chosen)}).`)
  }

  return (
    <form className="promote-form" onSubmit={(e) => (e.preventDefault(), promote())} aria-label="Promote to the synthesis board">
      <label htmlFor={`${id}-topic`}>Synthesis topic</label>
      <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)}>
        {synthesis.topics.map((t) => (
          <option key={t.id} value={t.id}>{t.title || 'Untitled topic'}</option>
        ))}
        {missing.map((t) => (
          <option key={t} value={SYMPOSIUM_TOPIC + t}>{t}</option>
        ))}
        <option value={NEW_TOPIC}>New topic: “From {groupName}”</option>
      </select>
      <label htmlFor={`${id}-column`}>Column</label>
      <select id={`${id}-column`} value={column} onChange={(e) => setColumn(Number(e.target.value))}>
        {columns.map((c, i) => (
          <option key={i} value={i}>{columnLabel(c)}</option>
        ))}
      </select>
      <div className="row">
        <button type="submit" className="primary small">Promote</button>
        <button type="button" className="small" onClick={() => onDone()}>Cancel</button>
      </div>
    </form>
  )
}
