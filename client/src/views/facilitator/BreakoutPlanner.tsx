/**
 * Make breakout groups: cross-role (mixed roles) or role-alike (one role per group), preview them,
 * adjust by drag-and-drop or keyboard, then start the round — each member is taken to their group.
 */
import { useId, useMemo, useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import { BREAKOUT_MODES, type BreakoutMode } from '../../../../shared/content/agendas'
import { startBreakouts } from '../../../../shared/doc/control'
import { currentPhase } from '../../../../shared/domain/facilitation/control-state'
import { useWorkspace } from '../../workspace/context'
import { usePresence } from '../../workspace/hooks'
import { moveMember, proposePlan, toNewGroups, type BreakoutPlan } from './breakout-plan'
import { useFacilitation } from '../../facilitation/context'
import { newId } from '../../../../shared/ids'
import { GroupColumns } from './GroupColumns'
import { roleLabel } from '../../../../shared/auth/roles'

const MODE_TEXT = {
  'cross-role': { label: 'Cross-role', hint: 'every group mixes as many stakeholder roles as possible' },
  'role-alike': { label: 'Role-alike', hint: 'each group holds one role; large roles are split' },
} as const satisfies Record<BreakoutMode, { label: string; hint: string }>

export function BreakoutPlanner() {
  const { connection, members } = useWorkspace()
  const { control } = useFacilitation()
  const presence = usePresence(connection)
  // the phase decides the kind of groups (role-alike phase → role-alike); a choice made by hand
  // holds only for the phase it was made in
  const phaseKey = `${control.phase.index}:${control.phase.epoch}`
  const [chosenMode, setChosenMode] = useState<{ phaseKey: string; mode: BreakoutMode }>()
  const mode: BreakoutMode = chosenMode?.phaseKey === phaseKey ? chosenMode.mode : (currentPhase(control)?.breakout ?? 'cross-role')
  const setMode = (m: BreakoutMode) => setChosenMode({ phaseKey, mode: m })
  const [count, setCount] = useState('2')
  const [onlyHere, setOnlyHere] = useState(true)
  const [shuffle, setShuffle] = useState(0)
  const [proposed, setPlan] = useState<BreakoutPlan>()
  const plan = proposed?.mode === mode ? proposed : undefined
  const [message, setMessage] = useStatusLine()
  const countId = useId()
  const round = (control.breakout?.round ?? 0) + 1

  const here = new Set(presence.map((p) => p.userId))
  const candidates = members.filter((m) => m.role === 'participant' && (!onlyHere || here.has(m.id)))
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members])
  const k = Number(count)

  const propose = (seedBump = shuffle) => {
    const result = proposePlan(mode, candidates.map((m) => ({ id: m.id, role: m.stakeholderRole })), k, `round ${round} · ${seedBump}`, roleLabel)
    if (!result.ok) return setMessage(result.error)
    setPlan(result.value)
    const extra = result.value.groups.length > k ? ` (${result.value.groups.length} groups: every role keeps a group of its own)` : ''
    setMessage(`Proposed ${result.value.groups.length} ${MODE_TEXT[mode].label.toLowerCase()} groups${extra}. Adjust, then start the round.`)
  }
  const start = () => {
    if (!plan) return
    const started = startBreakouts(connection.control.doc, plan.mode, toNewGroups(plan, round, () => newId()))
    setMessage(started.ok ? `Round ${started.value} started: everyone is being taken to their group.` : started.error)
    if (started.ok) setPlan(undefined)
  }

  return (
    <div className="breakout-planner">
      <fieldset>
        <legend>Kind of groups</legend>
        {BREAKOUT_MODES.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="breakout-mode" value={m} checked={mode === m} onChange={() => { setMode(m); setPlan(undefined) }} />
            <span><strong>{MODE_TEXT[m].label}</strong> <span className="muted small">— {MODE_TEXT[m].hint}</span></span>
          </label>
        ))}
      </fieldset>
      <div className="row wrap">
        <label htmlFor={countId}>Number of groups</label>
        <input id={countId} type="number" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} style={{ width: '5rem' }}
          aria-invalid={!(Number.isInteger(k) && k >= 1)} />
        <label className="choice">
          <input type="checkbox" checked={onlyHere} onChange={(e) => setOnlyHere(e.target.checked)} />
          Only people who are here now
        </label>
      </div>
      <p className="small muted">{candidates.length} participant{candidates.length === 1 ? '' : 's'} to group (facilitators and observers can visit any group).</p>
      <div className="row wrap">
        <button type="button" disabled={candidates.length === 0} onClick={() => propose()}>{plan ? 'Make groups again' : 'Make groups'}</button>
        {plan && <button type="button" onClick={() => { setShuffle(shuffle + 1); propose(shuffle + 1) }}>Shuffle</button>}
      </div>
      {candidates.length === 0 && <p className="empty">No participants {onlyHere ? 'are here' : 'have joined'} yet. Groups are made from participants.</p>}
      {plan && (
        <>
          <GroupColumns groups={plan.groups.map((g, i) => ({ key: String(i), ...g }))} members={byId}
            onMove={(id, to) => setPlan(moveMember(plan, id, to))} />
          <button type="button" className="primary" onClick={start}>Start breakouts</button>
        </>
      )}
      <p className="small">{message}</p>
    </div>
  )
}
