/**
 * The LEA Self-Reflection board: private individual scoring, the facilitator's reveal controls, the
 * team review and the heatmap. Shows the CC BY attribution and says plainly that the self-reflection
 * is one input to a needs assessment, not one. Observers read results but never score or edit.
 */
import { useMemo, useState } from 'react'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { ROOTS } from '../../../../shared/doc/schema'
import { useFacilitation } from '../../facilitation/context'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { readPublishedRubric, readTeam } from '../../../../shared/doc/rubric'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'
import { FacilitatorPanel } from './FacilitatorPanel'
import { Heatmap } from './Heatmap'
import { ScoringView } from './ScoringView'
import { TeamReview } from './TeamReview'
import './rubric.css'

const rubric = LEA_SELF_REFLECTION
type Section = 'mine' | 'review' | 'heatmap'
const SECTION_LABELS = { mine: 'My scoring', review: 'Team review', heatmap: 'Heatmap and exports' } as const satisfies Record<Section, string>

export default function RubricView() {
  const { workspace, me, members, token, connection } = useWorkspace()
  const { control } = useFacilitation()
  const published = useDocRead(connection.published.doc, readPublishedRubric, { roots: [ROOTS.published.published] })
  const team = useDocRead(connection.board.doc, readTeam, { roots: [ROOTS.board.rubricTeam] })
  const canWriteTeam = useBoardAccess('rubric').canWrite
  const results = published.ok ? published.value : null
  const observer = me.role === 'observer'
  const sections: readonly Section[] = observer ? ['review', 'heatmap'] : ['mine', 'review', 'heatmap']
  const [section, setSection] = useState<Section>(() => (observer || (results?.revealedDomains.length ?? 0) > 0 ? 'review' : 'mine'))

  const names = useMemo(() => new Map(members.map((m) => [m.id, m.displayName])), [members])
  const nameOf = (id: string) => (id === me.id ? `${me.displayName} (you)` : (names.get(id) ?? 'A former member'))

  return (
    <div className="rb-view page">
      <header className="rb-header">
        <h2>{rubric.title}</h2>
        <p className="rb-not-na">
          <strong>ℹ One input to a needs assessment, not a needs assessment.</strong> {rubric.notes[0]}
        </p>
      </header>
      {me.role === 'facilitator' && (
        <FacilitatorPanel
          rubric={rubric}
          workspaceId={workspace.id}
          token={token}
          controlDoc={connection.control.doc}
          anonymity={control.anonymity}
          revealed={results?.revealedDomains ?? []}
        />
      )}
      <nav aria-label="Self-reflection sections" className="rb-sections row">
        {sections.map((s) => (
          <button key={s} type="button" aria-pressed={section === s} onClick={() => setSection(s)}>
            {SECTION_LABELS[s]}
          </button>
        ))}
      </nav>
      {!published.ok && (
        <p className="error" role="alert">
          The published results could not be read; ask the facilitator to reveal again.
        </p>
      )}
      {section === 'mine' && !observer && (
        <ScoringView rubric={rubric} doc={connection.mine.doc} revealed={results?.revealedDomains ?? []} anonymity={control.anonymity} />
      )}
      {section === 'review' && (
        <TeamReview
          rubric={rubric}
          doc={connection.board.doc}
          published={results}
          nameOf={nameOf}
          meId={me.id}
          anonymity={control.anonymity}
          readOnly={!canWriteTeam}
        />
      )}
      {section === 'heatmap' && <Heatmap rubric={rubric} team={team} published={results} nameOf={nameOf} />}
      <footer className="rb-attribution small muted">
        {rubric.source.attribution.replace(/\(https:\/\/creativecommons[^)]*\)/, '')}{' '}
        <a href={rubric.source.licenseUrl} target="_blank" rel="noreferrer">
          Licence: {rubric.source.license}
        </a>
      </footer>
    </div>
  )
}
