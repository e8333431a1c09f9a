/**
 * The improvement plan board: the Tool A draft co-edited live in the board document, and its
 * versions (server snapshots: open, compare, download, print). Observers read everything.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { boardRoot } from '../../../../shared/doc/schema'
import { useAnnounce } from '../../facilitation/announcer'
import { useFacilitation } from '../../facilitation/context'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useUndo } from '../../ui/use-undo'
import { useWorkspace } from '../../workspace/context'
import { DraftEditor } from './DraftEditor'
import { PlanContext, type PlanContextValue } from './plan-context'
import { SectionJump } from './SectionJump'
import { UndoBar } from './UndoBar'
import { useLivePlan } from './use-live-plan'
import { VersionsPanel } from './versions/VersionsPanel'
import './plan.css'

type Tab = 'draft' | 'versions'
const TABS = { draft: 'Plan draft', versions: 'Versions & exports' } as const satisfies Record<Tab, string>

export default function PlanView() {
  const { connection, workspace, me, members } = useWorkspace()
  const board = connection.board.doc
  const { control } = useFacilitation()
  const model = useLivePlan(board, control, workspace, members)
  const readOnly = !useBoardAccess('plan').canWrite
  const [tab, setTab] = useState<Tab>('draft')
  const undo = useUndo([boardRoot(board, 'plan')], { enabled: !readOnly && tab === 'draft' })
  const [justAdded, setJustAdded] = useState<string | null>(null)
  // the workspace's one live region (it also speaks the same words twice)
  const announce = useAnnounce()

  const value: PlanContextValue = useMemo(
    () => ({ doc: board, workspaceId: workspace.id, readOnly, me, members, ...model, announce, justAdded, markAdded: setJustAdded, separateUndo: undo.stopCapturing }),
    [board, workspace.id, readOnly, me, members, model, announce, justAdded, undo.stopCapturing],
  )

  // on the document, not the view: after a delete the focused button is gone and focus is on <body>
  const root = useRef<HTMLDivElement>(null)
  const onUndoKey = undo.onKeyDown
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const inside = e.target === document.body || (e.target instanceof Node && root.current?.contains(e.target))
      if (inside) onUndoKey(e)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onUndoKey])

  return (
    <PlanContext.Provider value={value}>
      <div className="plan-view" ref={root}>
        <div className="plan-toolbar no-print">
          <div className="plan-tabs" role="group" aria-label="Plan">
            {(Object.keys(TABS) as Tab[]).map((t) => (
              <button key={t} type="button" aria-pressed={tab === t} onClick={() => setTab(t)}>
                {TABS[t]}
              </button>
            ))}
          </div>
          {tab === 'draft' && <UndoBar undo={undo} readOnly={readOnly} />}
        </div>
        {tab === 'draft' && <SectionJump />}
        {tab === 'draft' ? <DraftEditor /> : <VersionsPanel />}
      </div>
    </PlanContext.Provider>
  )
}
