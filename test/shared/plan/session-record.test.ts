import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { ensurePlan, setPlanText } from '../../../shared/doc/plan'
import { ensureRubricTeam, setTeamEvidence, setTeamLevel } from '../../../shared/doc/rubric'
import { loadWhysDemo, whyAnswerText } from '../../../shared/doc/whys'
import { snapshotInputFromBoard, type BoardSessionFacts } from '../../../shared/plan/from-board'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { must } from '../doc/doc-pair'
import { CLOCK, newDoc } from './fixtures'

const NOW = 1_700_000_000_000
const CONTROL: NonNullable<BoardSessionFacts['control']> = { anonymity: 'named', breakout: null, revealedDomains: [], rounds: [] }
const TEAM: BoardSessionFacts['members'] = [
  { role: 'facilitator', stakeholderRole: 'other' },
  { role: 'observer', stakeholderRole: 'researcher' },
  { role: 'participant', stakeholderRole: 'teacher' },
  { role: 'participant', stakeholderRole: 'teacher' },
  { role: 'participant', stakeholderRole: 'principal' },
]

function board(): Y.Doc {
  const doc = newDoc()
  ensurePlan(doc)
  ensureRubricTeam(doc, LEA_SELF_REFLECTION)
  return doc
}

function record(doc: Y.Doc, facts: Partial<BoardSessionFacts> = {}) {
  const plan = snapshotPlan(snapshotInputFromBoard(doc, { date: CLOCK.now, members: TEAM, control: CONTROL, ...facts }), CLOCK)
  const [how, input] = plan.sections.needs.questions
  return { how: how?.record ?? [], input: input?.record ?? [], all: [...(how?.record ?? []), ...(input?.record ?? [])].map((s) => s.text).join(' ') }
}

describe('the session record', () => {
  it('says the team agreed rubric levels together, not that anyone scored privately, when levels were set with no reveal', () => {
    const doc = board()
    setTeamEvidence(doc, '1a1', 'Walkthrough notes')
    setTeamEvidence(doc, '2a3', 'No mentors')
    must(setTeamLevel(doc, '1a1', 1, 'm-1', NOW))
    must(setTeamLevel(doc, '2a3', 0, 'm-1', NOW))
    const r = record(doc)
    expect(r.input.find((s) => s.id === 'rubric')?.text).toBe(
      'The team agreed LEA Self-Reflection levels for 2 elements together in discussion; no individual scores were revealed.',
    )
    expect(r.all).not.toMatch(/privately|revealed the results/)
  })

  it('says members scored privately only once the facilitator revealed the picks', () => {
    const doc = board()
    setTeamEvidence(doc, '1a1', 'Walkthrough notes')
    must(setTeamLevel(doc, '1a1', 1, 'm-1', NOW))
    const r = record(doc, { control: { ...CONTROL, anonymity: 'anonymous', revealedDomains: ['1'] } })
    expect(r.input.find((s) => s.id === 'rubric')?.text).toBe(
      'Each member scored the LEA Self-Reflection privately; the facilitator revealed the results only as anonymous counts per element, and the team agreed levels for 1 element together.',
    )
  })

  it('does not credit 5 Whys for the seed example loaded and left untouched, and does once the team changes it', () => {
    const doc = board()
    must(loadWhysDemo(doc, 'why-demo', NOW))
    expect(record(doc).how.find((s) => s.id === 'when')?.text).toBe('On March 4, 2025, the team met in a facilitated session.')
    const answer = whyAnswerText(doc, 'why-demo', 'w5')
    doc.transact(() => answer?.insert(answer.length, ' Mentors leave after one year.'))
    expect(record(doc).how.find((s) => s.id === 'when')?.text).toBe('On March 4, 2025, the team met in a facilitated session and used 5 Whys.')
  })

  it('counts participants by role, leaves the observer out and names the facilitator as such', () => {
    const doc = board()
    must(createSwotBoard(doc, { boardId: 'b-1', title: 'Math', now: NOW }))
    must(addSwotItem(doc, { boardId: 'b-1', itemId: 'sw-1', quadrant: 'strengths', text: 'Strong PLC', now: NOW }))
    const r = record(doc)
    expect(r.how.map((s) => s.text)).toEqual([
      'On March 4, 2025, the team met in a facilitated session and used a SWOT analysis.',
      '3 participants took part, led by 1 facilitator.',
    ])
    expect(r.input.map((s) => s.text)).toEqual(['Stakeholder roles represented: Teacher (2) and Principal (1).'])
    expect(r.all).not.toMatch(/Researcher|Other|observer/i)
  })

  it('names the span of days when the work began before the snapshot', () => {
    const r = record(board(), { startedAt: '2025-03-02T09:00:00.000Z' })
    expect(r.how[0]?.text).toBe('Between March 2 – 4, 2025, the team met in a facilitated session.')
  })

  it('keeps the team\'s wording of a sentence, beside the generated one, in later snapshots', () => {
    const doc = board()
    setPlanText(doc, 'record.who', 'Three teachers and our principal took part, with our coach.')
    const who = record(doc).how.find((s) => s.id === 'who')
    expect(who).toEqual({ id: 'who', text: 'Three teachers and our principal took part, with our coach.', generated: '3 participants took part, led by 1 facilitator.', edited: true })
    expect(record(doc).how.find((s) => s.id === 'who')?.edited).toBe(true)
  })
})
