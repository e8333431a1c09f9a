/**
 * The board document + session facts → SnapshotInput (what snapshotPlan reads). Used by the server
 * for snapshots and by the plan view for live quality checks, so both see exactly the same plan.
 * Every reader it calls narrows remote content, so a malformed board reads as emptier, never throws.
 */
import type * as Y from 'yjs'
import { readFishbones } from '../doc/fishbone-read'
import { readTeam } from '../doc/rubric'
import { readSwot } from '../doc/swot-read'
import { readWhys, type WhysChain } from '../doc/whys'
import type { MemberRole } from '../auth/roles'
import { WHYS_DEMO } from '../content/fishbone'
import { fishboneSnapshotInput, swotSnapshotInput } from '../domain/fishbone/snapshot-input'
import type { ControlState } from '../domain/facilitation/control-state'
import type { PlanDraft } from './draft'
import type { RubricTeamLevelInput, SessionFactsInput, SessionMethod, SnapshotInput } from './input'
import { readPlan } from './read'

export type BoardSessionFacts = {
  /** ISO date-time of the session (the snapshot's clock) */
  readonly date: string
  /** when the workspace was created: the first day of the work */
  readonly startedAt?: string
  /** the workspace's district or school: titles the plan while the draft names neither */
  readonly organisation?: string
  /** everyone in the workspace: observers are left out of the record, facilitators named as such */
  readonly members: readonly { readonly role?: MemberRole; readonly stakeholderRole: string }[]
  /** the control document, read with readControl; absent = named mode, no rounds, no breakouts */
  readonly control?: Pick<ControlState, 'anonymity' | 'breakout' | 'rounds' | 'revealedDomains'>
  /** the revision note and first plan date on a re-snapshot (see SnapshotInput.revision) */
  readonly revision?: SnapshotInput['revision']
}

const LEVELS = [0, 1, 2, 3] as const
const asLevel = (n: number | null): RubricTeamLevelInput['level'] => LEVELS.find((l) => l === n) ?? null

/** Team rubric levels, plus blank entries for elements the plan links to, so those links resolve to titles. */
function rubricInput(board: Y.Doc, plan: PlanDraft): RubricTeamLevelInput[] {
  const team = readTeam(board).elements
  const out: RubricTeamLevelInput[] = Object.entries(team)
    .filter(([, e]) => e.level !== null)
    .map(([elementId, e]) => ({ elementId, level: asLevel(e.level), evidence: e.evidence }))
    .sort((a, b) => (a.elementId < b.elementId ? -1 : 1))
  const have = new Set(out.map((r) => r.elementId))
  for (const p of plan.priorities)
    for (const links of [p.links, ...p.strategies.map((s) => s.links)])
      for (const id of links.rubric)
        if (!have.has(id)) {
          have.add(id)
          out.push({ elementId: id, level: null, evidence: '' })
        }
  return out
}

/** A 5 Whys chain is work only if someone answered and it is not the seed example left as loaded. */
export function whysProduced(chains: readonly Pick<WhysChain, 'symptom' | 'rows'>[]): boolean {
  const demo = [WHYS_DEMO.symptom, ...WHYS_DEMO.whys].join('\n')
  return chains.some((c) => {
    const answers = c.rows.map((r) => r.answer.trim()).filter(Boolean)
    return answers.length > 0 && [c.symptom.trim(), ...answers].join('\n') !== demo
  })
}

type MethodEvidence = {
  readonly whys: boolean
  /** causes written on fishbone bones (a head alone is not a fishbone analysis) */
  readonly causesWritten: number
  readonly control?: BoardSessionFacts['control']
}

/** Which methods the board shows the team used; a method counts only once something came of it. */
export function sessionMethods(input: Pick<SnapshotInput, 'swot' | 'rubric'>, extra: MethodEvidence): SessionMethod[] {
  const rounds = extra.control?.rounds ?? []
  const used: Record<SessionMethod, boolean> = {
    rubric: (input.rubric ?? []).some((r) => r.level !== null) || (extra.control?.revealedDomains.length ?? 0) > 0,
    swot: (input.swot ?? []).some((i) => i.text.trim() !== ''),
    fishbone: extra.causesWritten > 0,
    fiveWhys: extra.whys,
    brainstorm: rounds.some((r) => r.kind === 'brainstorm' && r.status === 'revealed'),
    dotVote: rounds.some((r) => r.kind === 'vote' && r.status !== 'open'),
    breakout: (extra.control?.breakout?.groups.length ?? 0) > 0,
  }
  return (Object.keys(used) as SessionMethod[]).filter((m) => used[m])
}

/** Members who took part, by stakeholder role: observers watch and facilitators lead, so neither is a participant. */
function participants(members: BoardSessionFacts['members']): SessionFactsInput['participants'] {
  const counts = new Map<string, number>()
  for (const m of members) if ((m.role ?? 'participant') === 'participant') counts.set(m.stakeholderRole, (counts.get(m.stakeholderRole) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([role, count]) => ({ role, count }))
}

export function snapshotInputFromBoard(board: Y.Doc, facts: BoardSessionFacts): SnapshotInput {
  const plan = readPlan(board)
  const swot = swotSnapshotInput(readSwot(board))
  const fishbones = readFishbones(board)
  const fishbone = fishboneSnapshotInput(fishbones)
  const rubric = rubricInput(board, plan)
  const causesWritten = fishbones.fishbones.reduce((n, f) => n + f.causes.filter((c) => c.text.trim() !== '').length, 0)
  const methods = sessionMethods({ ...swot, rubric }, { whys: whysProduced(readWhys(board).chains), causesWritten, ...(facts.control && { control: facts.control }) })
  const named = plan.header.schoolName.trim() || plan.header.district.trim()
  const organisation = facts.organisation?.trim()
  const teamLevels = rubric.filter((r) => r.level !== null).length
  return {
    plan,
    ...(!named && organisation && { title: `Improvement Plan — ${organisation}` }),
    ...swot,
    ...fishbone,
    rubric,
    sessions: [
      {
        date: facts.date,
        ...(facts.startedAt && { startDate: facts.startedAt }),
        methods,
        participants: participants(facts.members),
        facilitators: facts.members.filter((m) => m.role === 'facilitator').length,
        anonymous: facts.control?.anonymity === 'anonymous',
        ...(methods.includes('rubric') && { rubric: { revealed: (facts.control?.revealedDomains.length ?? 0) > 0, teamLevels } }),
      },
    ],
    ...(facts.revision && { revision: facts.revision }),
  }
}
