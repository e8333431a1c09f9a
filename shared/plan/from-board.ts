/**
 * The board document + session facts → SnapshotInput (what snapshotPlan reads). Used by the server
 * for snapshots and by the plan view for live quality checks, so both see exactly the same plan.
 * Every reader it calls narrows remote content, so a malformed board reads as emptier, never throws.
 */
import type * as Y from 'yjs'
import { readFishbones } from '../doc/fishbone-read'
import { readTeam } from '../doc/rubric'
import { readSwot } from '../doc/swot-read'
import { readWhys } from '../doc/whys'
import { fishboneSnapshotInput, swotSnapshotInput } from '../domain/fishbone/snapshot-input'
import type { ControlState } from '../domain/facilitation/control-state'
import type { PlanDraft } from './draft'
import type { RubricTeamLevelInput, SessionFactsInput, SessionMethod, SnapshotInput } from './input'
import { readPlan } from './read'

export type BoardSessionFacts = {
  /** ISO date-time of the session (the snapshot's clock) */
  readonly date: string
  /** the workspace's district or school: titles the plan while the draft names neither */
  readonly organisation?: string
  /** everyone in the workspace, by their stakeholder role (who was involved) */
  readonly members: readonly { readonly stakeholderRole: string }[]
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

/** Which methods the board shows the team used; a method counts only once something came of it. */
export function sessionMethods(input: Pick<SnapshotInput, 'swot' | 'causes' | 'heads' | 'rubric'>, extra: { readonly whys: boolean; readonly control?: BoardSessionFacts['control'] }): SessionMethod[] {
  const used: Record<SessionMethod, boolean> = {
    rubric: (input.rubric ?? []).some((r) => r.level !== null) || (extra.control?.revealedDomains.length ?? 0) > 0,
    swot: (input.swot ?? []).length > 0,
    fishbone: (input.heads ?? []).length > 0,
    fiveWhys: extra.whys,
    dotVote: extra.control?.rounds.some((r) => r.kind === 'vote') ?? false,
    breakout: extra.control?.breakout != null,
  }
  return (Object.keys(used) as SessionMethod[]).filter((m) => used[m])
}

function participants(members: BoardSessionFacts['members']): SessionFactsInput['participants'] {
  const counts = new Map<string, number>()
  for (const m of members) counts.set(m.stakeholderRole, (counts.get(m.stakeholderRole) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([role, count]) => ({ role, count }))
}

export function snapshotInputFromBoard(board: Y.Doc, facts: BoardSessionFacts): SnapshotInput {
  const plan = readPlan(board)
  const swot = swotSnapshotInput(readSwot(board))
  const fishbone = fishboneSnapshotInput(readFishbones(board))
  const rubric = rubricInput(board, plan)
  const whys = readWhys(board).chains.some((c) => c.lastAnswer !== undefined)
  const named = plan.header.schoolName.trim() || plan.header.district.trim()
  const organisation = facts.organisation?.trim()
  return {
    plan,
    ...(!named && organisation && { title: `Improvement Plan — ${organisation}` }),
    ...swot,
    ...fishbone,
    rubric,
    sessions: [
      {
        date: facts.date,
        methods: sessionMethods({ ...swot, ...fishbone, rubric }, { whys, ...(facts.control && { control: facts.control }) }),
        participants: participants(facts.members),
        anonymous: facts.control?.anonymity === 'anonymous',
      },
    ],
    ...(facts.revision && { revision: facts.revision }),
  }
}
