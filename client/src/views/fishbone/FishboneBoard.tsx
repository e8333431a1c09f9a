/**
 * One fishbone at work: the outline (quick add + tree) beside the live diagram, which stays pinned in
 * view, with the panel for the row in focus under the diagram. Every change goes through the named mutations with the local-user origin.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { addBone, renameBone } from '../../../../shared/doc/fishbone'
import { addCause, deleteCause, moveCause, tagCause, type MoveCause } from '../../../../shared/doc/fishbone-causes'
import { linkCauseToFishbone } from '../../../../shared/doc/fishbone-links'
import type { Cause, Fishbone, FishboneState } from '../../../../shared/doc/fishbone-read'
import { systemicIndex } from '../../../../shared/domain/fishbone/systemic'
import { BONE_NAME_ID, BonePanel } from './BonePanel'
import { CAUSE_TEXT_ID, CauseEditor } from './CauseEditor'
import { boardErrorText } from './errors'
import { FishboneDiagram } from './FishboneDiagram'
import { newId } from '../../../../shared/ids'
import { useFocusRequest } from './hooks'
import { moveFor, moveMessage, type EditAction, type MoveAction } from './keys'
import { boneKey, causeKey, fallbackKey, flattenOutline, visibleRows, type OutlineRow } from './outline'
import { OutlineTree, rowDomId } from './OutlineTree'
import { QuickAdd } from './QuickAdd'

interface Props {
  readonly doc: Y.Doc
  readonly fishbone: Fishbone
  readonly state: FishboneState
  readonly readOnly: boolean
  /** omitted in anonymous mode */
  readonly authorId: string | undefined
  readonly announce: (message: string) => void
  readonly onWhys: (cause: Cause) => void
}

const quote = (text: string) => `“${text.trim() || 'empty cause'}”`

export function FishboneBoard({ doc, fishbone, state, readOnly, authorId, announce, onWhys }: Props) {
  const rows = useMemo(() => flattenOutline(fishbone), [fishbone])
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const visible = useMemo(() => visibleRows(rows, collapsed), [rows, collapsed])
  const [activeKey, setActiveKey] = useState<string>()
  const [justAdded, setJustAdded] = useState<string>()
  const focus = useFocusRequest()
  const systemic = useMemo(() => systemicIndex(state), [state])
  const previous = useRef(visible)

  // the row in focus vanished (someone deleted it, or it was collapsed away): keep focus nearby
  useEffect(() => {
    if (activeKey !== undefined && !visible.some((r) => r.key === activeKey)) {
      const next = fallbackKey(previous.current, visible, activeKey)
      const hadFocus = document.activeElement?.id === rowDomId(activeKey)
      setActiveKey(next)
      if (hadFocus && next) focus(rowDomId(next))
    }
    previous.current = visible
  }, [visible, activeKey, focus])

  const active = visible.find((r) => r.key === activeKey)
  const boneLabel = (id: string) => fishbone.bones.find((b) => b.id === id)?.label ?? 'the bone'

  const add = (boneId: string, parentId?: string, text?: string, focusText = true) => {
    const causeId = newId('c')
    const r = addCause(doc, {
      fishboneId: fishbone.id,
      causeId,
      boneId,
      now: Date.now(),
      ...(parentId && { parentId }),
      ...(text && { text }),
      ...(authorId && { authorId }),
    })
    if (!r.ok) return announce(boardErrorText(r.error))
    if (parentId) setCollapsed((c) => new Set([...c].filter((k) => k !== causeKey(parentId))))
    setCollapsed((c) => new Set([...c].filter((k) => k !== boneKey(boneId))))
    setActiveKey(causeKey(causeId))
    setJustAdded(causeId)
    if (focusText) focus(CAUSE_TEXT_ID)
    announce(`${parentId ? 'Sub-cause' : 'Cause'} added to ${boneLabel(boneId)}.${focusText ? ' Type its text.' : ''}`)
  }
  const move = (m: MoveCause, refocusTree: boolean) => {
    const r = moveCause(doc, m)
    if (!r.ok) return announce(boardErrorText(r.error))
    announce(moveMessage(fishbone, m))
    if (refocusTree) focus(rowDomId(causeKey(m.causeId)))
  }
  const remove = (cause: Cause) => {
    const r = deleteCause(doc, fishbone.id, cause.id)
    if (!r.ok) return announce(boardErrorText(r.error))
    const subs = r.value.length - 1
    announce(`Deleted ${quote(cause.text)}${subs > 0 ? ` and ${subs} sub-cause${subs > 1 ? 's' : ''}` : ''}. Press Ctrl+Z or Undo to bring it back.`)
  }
  const onEdit = (row: OutlineRow, action: EditAction) => {
    if (row.kind === 'bone') {
      if (action === 'rename') return readOnly ? undefined : focus(BONE_NAME_ID)
      if ((action === 'activate' || action === 'add-child') && !readOnly) add(row.id)
      return
    }
    if (action === 'activate' || action === 'rename') return focus(CAUSE_TEXT_ID)
    if (readOnly) return
    if (action === 'add-child') add(row.boneId, row.id)
    if (action === 'delete') remove(row.cause)
  }
  const onMove = (row: OutlineRow, action: MoveAction) => {
    const m = moveFor(fishbone, row.id, action)
    if (m) move(m, true)
    else announce('It cannot move that way.')
  }
  const onDrop = (causeId: string, target: OutlineRow) =>
    move(
      target.kind === 'bone'
        ? { fishboneId: fishbone.id, causeId, boneId: target.id, parentId: null }
        : { fishboneId: fishbone.id, causeId, parentId: target.id },
      false,
    )
  const toggle = (key: string) => setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key])))

  return (
    <div className="fb-work">
      <section className="fb-outline card" aria-labelledby="fb-outline-h">
        <h3 id="fb-outline-h">Outline</h3>
        {!readOnly && <QuickAdd bones={fishbone.bones} onAdd={(text, boneId) => add(boneId, undefined, text, false)} />}
        {fishbone.causes.length === 0 && (
          <p className="empty">
            No causes yet. Ask “What contributes to this?” and add causes on the bones — start with the Four Domains. Focus a bone and press Enter, or use the
            form above.
          </p>
        )}
        <OutlineTree
          rows={visible}
          activeKey={activeKey}
          collapsed={collapsed}
          readOnly={readOnly}
          systemic={systemic}
          onActive={setActiveKey}
          onToggle={toggle}
          onEdit={onEdit}
          onMove={onMove}
          onDrop={onDrop}
        />
      </section>
      {/* sticky beside the outline: with dozens of causes the diagram stays in view while the outline scrolls (issue 13) */}
      <div className="fb-pinned">
        <FishboneDiagram
          fishbone={fishbone}
          selectedId={active?.kind === 'cause' ? active.id : undefined}
          onSelect={(id) => setActiveKey(causeKey(id))}
          announce={announce}
        />
        {active?.kind === 'cause' ? (
          <CauseEditor
            doc={doc}
            fishbone={fishbone}
            cause={active.cause}
            others={state.fishbones.filter((f) => f.id !== fishbone.id)}
            systemic={systemic(active.cause)}
            justAdded={justAdded === active.id}
            readOnly={readOnly}
            onTag={(patch) => {
              const r = tagCause(doc, fishbone.id, active.id, patch)
              return r.ok ? null : boardErrorText(r.error)
            }}
            onMove={(m) => move(m, false)}
            onLink={(to) => {
              const r = linkCauseToFishbone(doc, {
                fromFishboneId: fishbone.id,
                causeId: active.id,
                toFishboneId: to,
                boneId: active.boneId,
                newCauseId: newId('c'),
                now: Date.now(),
              })
              announce(r.ok ? 'Linked: the cause now also sits under that head, so both copies count as systemic.' : boardErrorText(r.error))
            }}
            onAddChild={() => add(active.boneId, active.id)}
            onWhys={() => onWhys(active.cause)}
            onDelete={() => remove(active.cause)}
            onEscape={() => focus(rowDomId(active.key))}
          />
        ) : active?.kind === 'bone' ? (
          <BonePanel
            bone={fishbone.bones.find((b) => b.id === active.id) ?? { id: active.id, label: active.label, order: '' }}
            causeCount={active.causeCount}
            readOnly={readOnly}
            onRename={(label) => {
              const r = renameBone(doc, fishbone.id, active.id, label)
              announce(r.ok ? `Bone renamed to ${label}.` : boardErrorText(r.error))
            }}
            onAddCause={() => add(active.id)}
            onAddBone={(label) => {
              const r = addBone(doc, { fishboneId: fishbone.id, id: newId('b'), label, now: Date.now() })
              announce(r.ok ? `Bone ${label} added.` : boardErrorText(r.error))
            }}
          />
        ) : (
          <p className="fb-side card empty">Select a bone or a cause in the outline (or on the diagram) to edit, tag or move it.</p>
        )}
      </div>
    </div>
  )
}
