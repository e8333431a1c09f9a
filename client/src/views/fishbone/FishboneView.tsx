/**
 * The fishbone board: pick or create a diagram, edit its head, outline and tags, see the diagram
 * live, prioritise and vote, and drill down with 5 Whys. Observers (and members while the
 * facilitator has locked the board) see everything read-only.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { HeadPolarity } from '../../../../shared/content/fishbone'
import { createFishbone, deleteFishbone, setHeadPolarity } from '../../../../shared/doc/fishbone'
import type { Cause } from '../../../../shared/doc/fishbone-read'
import { swotItemsById, type SwotItem } from '../../../../shared/doc/swot-read'
import type { WhysAttachment } from '../../../../shared/doc/whys'
import { navigate } from '../../router'
import { useWorkspace } from '../../workspace/context'
import { boardErrorText } from './errors'
import { FishboneBoard } from './FishboneBoard'
import { FishboneList } from './FishboneList'
import { HeadPanel } from './HeadPanel'
import { newId } from '../../../../shared/ids'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useFacilitation } from '../../facilitation/context'
import { useUndo } from '../../ui/use-undo'
import { fishboneUndoScopes, useAnnouncer, useBoardState, useFocusRequest } from './hooks'
import { boneKey } from './outline'
import { rowDomId } from './OutlineTree'
import { PrioritySection } from './PrioritySection'
import { parseParams, withFishbone } from './url'
import { causeAttachment, startChain, swotAttachment } from './whys-actions'
import { whyRowId } from './WhysChainEditor'
import { WhysPanel } from './WhysPanel'
import './fishbone.css'

export default function FishboneView() {
  const { connection, me, workspace } = useWorkspace()
  const doc = connection.board.doc
  const state = useBoardState(doc)
  const { control } = useFacilitation()
  const access = useBoardAccess('fishbone')
  const readOnly = !access.canWrite
  const [params, setParams] = useState(() => parseParams(location.search))
  const [chosen, setChosen] = useState<string | undefined>(params.f)
  const [message, announce] = useAnnouncer()
  const focus = useFocusRequest()
  const undo = useUndo(fishboneUndoScopes(doc), { enabled: !readOnly, separateNonText: true })
  const swotItems = useMemo(() => swotItemsById(state.swot), [state.swot])

  useEffect(() => {
    const onPop = () => {
      const next = parseParams(location.search)
      setParams(next)
      if (next.f) setChosen(next.f)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const list = state.fishbones.fishbones
  const selected = list.find((f) => f.id === chosen) ?? list[0]
  const authorId = control.anonymity === 'anonymous' ? undefined : me.id

  const select = useCallback((id: string) => {
    setChosen(id)
    history.replaceState(null, '', withFishbone(location.search, id))
  }, [])
  const create = (headText: string, polarity: HeadPolarity) => {
    const id = newId('f')
    const r = createFishbone(doc, { fishboneId: id, headText, polarity, now: Date.now() })
    if (!r.ok) return announce(boardErrorText(r.error))
    select(id)
    announce('Fishbone created with the Four Domains and Other/External as bones. Focus a bone and press Enter to add a cause.')
    focus(rowDomId(boneKey('leadership')))
  }
  const startWhys = (attached: WhysAttachment, symptom: string) => {
    const r = startChain(doc, state.whys, attached, symptom)
    if (typeof r === 'string') return announce(r)
    announce(r.created ? '5 Whys chain started below. Answer “Why?” in each row.' : 'This already has a 5 Whys chain; it is below.')
    focus(whyRowId(r.id, 1))
  }
  return (
    <div className="fb page" onKeyDown={undo.onKeyDown}>
      <div className="fb-topbar">
        <h2>Fishbone diagrams</h2>
        {!readOnly && (
          <div className="row" role="group" aria-label="Undo">
            <button type="button" onClick={undo.undo} disabled={!undo.canUndo}>
              Undo
            </button>
            <button type="button" onClick={undo.redo} disabled={!undo.canRedo}>
              Redo
            </button>
          </div>
        )}
        <p className="fb-status" data-testid="fishbone-status">
          {message}
        </p>
      </div>
      <FishboneList fishbones={list} selectedId={selected?.id} readOnly={readOnly} onSelect={select} onCreate={create} />
      {selected && (
        <>
          <HeadPanel
            doc={doc}
            fishbone={selected}
            swotItem={selected.head.swotItemId !== undefined ? swotItems.get(selected.head.swotItemId) : undefined}
            readOnly={readOnly}
            onPolarity={(p) => setHeadPolarity(doc, selected.id, p)}
            onDelete={() => {
              const r = deleteFishbone(doc, selected.id)
              announce(r.ok ? 'Fishbone deleted. Press Ctrl+Z or Undo to bring it back.' : boardErrorText(r.error))
            }}
            swotHref={`/w/${workspace.id}/swot`}
            onOpenSwot={() => navigate(`/w/${workspace.id}/swot`)}
          />
          <FishboneBoard
            key={selected.id}
            doc={doc}
            fishbone={selected}
            state={state.fishbones}
            readOnly={readOnly}
            authorId={authorId}
            announce={announce}
            onWhys={(c: Cause) => startWhys(causeAttachment(c), c.text)}
          />
          <PrioritySection doc={doc} fishbone={selected} readOnly={readOnly} announce={announce} />
        </>
      )}
      <WhysPanel
        doc={doc}
        chains={state.whys}
        fishbones={state.fishbones}
        selected={selected}
        swotItems={swotItems}
        whyItemId={params.why}
        readOnly={readOnly}
        authorId={authorId}
        announce={announce}
        focus={focus}
        onStartSwot={(item: SwotItem) => startWhys(swotAttachment(item), item.text)}
      />
    </div>
  )
}
