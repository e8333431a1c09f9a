import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCause, promoteToRootCause, tagCause } from '../../../shared/doc/fishbone-causes'
import { createFishbone } from '../../../shared/doc/fishbone'
import { addPlanItem, ensurePlan, setPlanText } from '../../../shared/doc/plan'
import { ensureRubricTeam, setTeamEvidence, setTeamLevel } from '../../../shared/doc/rubric'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { createWhysChain } from '../../../shared/doc/whys'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { snapshotInputFromBoard, type BoardSessionFacts } from '../../../shared/plan/from-board'
import { addStrategy, setPlanLink } from '../../../shared/plan/mutations'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { planUsage, traceKey, usedInPlanLabel } from '../../../shared/plan/usage'
import { must } from '../doc/doc-pair'
import { CLOCK, newDoc } from './fixtures'

const NOW = 1_700_000_000_000
const FACTS: BoardSessionFacts = {
  date: CLOCK.now,
  organisation: 'Riverside USD',
  members: [{ stakeholderRole: 'superintendent' }, { stakeholderRole: 'teacher' }, { stakeholderRole: 'teacher' }],
}

function emptyBoard(): Y.Doc {
  const doc = newDoc()
  ensurePlan(doc)
  ensureRubricTeam(doc, LEA_SELF_REFLECTION)
  return doc
}

function swotOnly(): Y.Doc {
  const doc = emptyBoard()
  must(createSwotBoard(doc, { boardId: 'board-1', title: 'Grade 7 math', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 'sw-1', quadrant: 'strengths', text: 'Strong grade-6 PLC', evidence: 'PLC minutes', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 'sw-2', quadrant: 'weaknesses', text: 'Low 7th-grade math', now: NOW }))
  return doc
}

function fullSession(): Y.Doc {
  const doc = swotOnly()
  must(createFishbone(doc, { fishboneId: 'fb-1', headText: 'Low 7th-grade math', now: NOW }))
  must(addCause(doc, { fishboneId: 'fb-1', causeId: 'c-1', boneId: 'talent', text: 'No induction for new teachers', now: NOW }))
  must(tagCause(doc, 'fb-1', 'c-1', { kind: 'cause', actionable: 'yes', practiceCode: '2a' }))
  must(promoteToRootCause(doc, 'fb-1', 'c-1'))
  must(addCause(doc, { fishboneId: 'fb-1', causeId: 'c-2', boneId: 'culture', text: 'Students disengaged', now: NOW }))
  must(tagCause(doc, 'fb-1', 'c-2', { kind: 'symptom', actionable: 'yes' }))
  must(promoteToRootCause(doc, 'fb-1', 'c-2'))
  must(createWhysChain(doc, { chainId: 'why-1', now: NOW, symptom: 'Low scores', answers: ['Teachers leave'] }))
  setTeamEvidence(doc, '2a3', 'No mentors')
  must(setTeamLevel(doc, '2a3', 1, 'm-1', NOW))
  setPlanText(doc, 'schoolName', 'Lincoln Middle')
  must(addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: 'Math achievement' } }))
  must(addStrategy(doc, { id: 'strat-1', parentId: 'prio-1', texts: { ifWe: 'induct new teachers' } }))
  setPlanLink(doc, 'strategy', 'strat-1', { kind: 'cause', id: 'c-1' }, true)
  setPlanLink(doc, 'strategy', 'strat-1', { kind: 'rubric', id: '1a1' }, true)
  return doc
}

const CONTROL: BoardSessionFacts['control'] = {
  anonymity: 'anonymous',
  breakout: null,
  revealedDomains: ['2'],
  rounds: [{ id: 'r-1', kind: 'vote', title: 'Top causes', board: 'fishbone', status: 'revealed', openedAt: NOW }],
}

describe('snapshotInputFromBoard', () => {
  it.each([
    ['an empty board', emptyBoard, {}, { title: 'Improvement Plan — Riverside USD', swot: 0, causes: 0, rubric: 0, methods: [], anonymous: false }],
    ['a board with only a SWOT grid', swotOnly, {}, { title: 'Improvement Plan — Riverside USD', swot: 2, causes: 0, rubric: 0, methods: ['swot'], anonymous: false }],
    ['a full session', fullSession, { control: CONTROL }, {
      title: undefined, swot: 2, causes: 1, rubric: 2, methods: ['rubric', 'swot', 'fishbone', 'fiveWhys', 'dotVote'], anonymous: true,
    }],
  ])('reads %s into snapshot input', (_name, build, extra, want) => {
    const input = snapshotInputFromBoard(build(), { ...FACTS, ...extra })
    expect(input.title).toBe(want.title)
    expect(input.swot?.length).toBe(want.swot)
    expect(input.causes?.length).toBe(want.causes)
    expect(input.rubric?.length).toBe(want.rubric)
    expect(input.sessions).toEqual([{
      date: CLOCK.now, methods: want.methods, anonymous: want.anonymous, facilitators: 0,
      participants: [{ role: 'superintendent', count: 1 }, { role: 'teacher', count: 2 }],
      ...(want.methods.includes('rubric') && { rubric: { revealed: true, teamLevels: 1 } }),
    }])
  })

  it('snapshots a full session: SWOT rows, the actionable cause (not the symptom), the weak rubric element and resolved links', () => {
    const plan = snapshotPlan(snapshotInputFromBoard(fullSession(), { ...FACTS, control: CONTROL }), CLOCK)
    const da = plan.sections.needs.dataAnalysis
    expect(da.rows.map((r) => r.id)).toEqual(['sw-1', 'sw-2', 'rubric:2a3'])
    expect(da.rootCauses.causes.map((c) => [c.text, c.practiceCode])).toEqual([['No induction for new teachers', '2a']])
    expect(plan.sections.planning.priorities[0]?.strategies[0]?.trace.map((t) => [t.kind, t.found])).toEqual([['cause', true], ['rubric', true]])
    expect(plan.sections.needs.questions[0]?.fromSession).toContain('3 participants took part.')
    expect(plan.sections.needs.questions[1]?.fromSession).toContain('Teacher (2) and Superintendent / district leader (1)')
    expect(plan.sections.needs.questions[1]?.fromSession).toContain('only as anonymous counts per element')
    expect(plan.title).toBe('Improvement Plan — Lincoln Middle')
  })

  it('passes a revision through, so a re-snapshot keeps the first Date of Plan and uses the note as Update Summary', () => {
    const plan = snapshotPlan(snapshotInputFromBoard(emptyBoard(), { ...FACTS, revision: { dateOfPlan: '2025-01-10', note: 'Added strategy 1.2' } }), CLOCK)
    const field = (id: string) => plan.sections.atAGlance.fields.find((f) => f.id === id)?.value
    expect([field('dateOfPlan'), field('dateOfUpdate'), field('updateSummary')]).toEqual(['2025-01-10', '2025-03-04', 'Added strategy 1.2'])
  })
})

describe('planUsage', () => {
  it('tells a board which priorities and strategies use one of its items', () => {
    const doc = fullSession()
    setPlanLink(doc, 'priority', 'prio-1', { kind: 'cause', id: 'c-1' }, true)
    const usage = planUsage(snapshotInputFromBoard(doc, FACTS).plan ?? { priorities: [] })
    expect(usedInPlanLabel(usage.get(traceKey('cause', 'c-1')))).toBe('used in plan: 1, 1.1')
    expect(usedInPlanLabel(usage.get(traceKey('swot', 'sw-1')))).toBe('')
  })
})
