/**
 * The synthesis board (seed 004's points of agreement, disagreement and distinction): topics are
 * rows; columns are agreement, disagreement and one "distinct perspective" column per role. Cards
 * promoted from breakout groups keep their group and roles, and may carry no author.
 */
import './synthesis.css'
import { useAnnounce } from '../../facilitation/announcer'
import { SYNTHESIS_TOPICS } from '../../../../shared/content/symposium'
import { readSynthesis, removeTopic } from '../../../../shared/doc/synthesis'
import { boardRoot, ROOTS } from '../../../../shared/doc/schema'
import { keysBetween } from '../../../../shared/doc/fractional-index'
import { addTopic } from '../../../../shared/doc/synthesis'
import { ORIGINS } from '../../../../shared/doc/origin'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useUndo } from '../../ui/use-undo'
import { newId } from '../../../../shared/ids'
import { SynthesisTable } from './SynthesisTable'
import { SynthesisToolbar } from './SynthesisToolbar'

export default function SynthesisView() {
  const { connection } = useWorkspace()
  const doc = connection.board.doc
  const board = useDocRead(doc, readSynthesis, { roots: [ROOTS.board.synthesis] })
  const setStatus = useAnnounce()
  const canWrite = useBoardAccess('synthesis').canWrite
  const undo = useUndo([boardRoot(doc, 'synthesis')], { enabled: canWrite, announce: setStatus })

  const seedTopics = () => {
    const orders = keysBetween(board.topics.at(-1)?.order ?? null, null, SYNTHESIS_TOPICS.length)
    doc.transact(() => SYNTHESIS_TOPICS.forEach((title, i) => addTopic(doc, { id: newId(), title, order: orders[i] ?? '' })), ORIGINS.localUser)
    setStatus('Added the four symposium topics.')
  }

  return (
    <div className="synthesis" data-testid="synthesis" onKeyDown={undo.onKeyDown}>
      <h2>Synthesis: agreement, disagreement and distinct perspectives</h2>
      <p className="hint">
        Each row is a topic. Sort what the room heard into points of agreement, points of disagreement, and what each role sees differently.
        Cards promoted from breakout boards keep their group and roles.
      </p>
      {canWrite && <SynthesisToolbar board={board} undo={undo} onStatus={setStatus} />}
      {board.topics.length === 0 ? (
        <div className="empty-state">
          <p className="empty">No topics yet. Add a topic above{canWrite ? ', or start with the symposium’s four topics' : ''}; then add cards, or promote notes from a breakout group’s board.</p>
          {canWrite && <button type="button" onClick={seedTopics}>Add the four symposium topics</button>}
        </div>
      ) : (
        <SynthesisTable board={board} canWrite={canWrite}
          onRemoveTopic={(id, title) => (removeTopic(doc, id), setStatus(`Removed topic “${title}”. Undo brings it back.`))} onStatus={setStatus} />
      )}
      {board.unplaced.length > 0 && <p className="small muted">{board.unplaced.length} card(s) lost their topic when it was removed; undo the removal to bring them back.</p>}
    </div>
  )
}
