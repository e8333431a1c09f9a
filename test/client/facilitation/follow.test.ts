import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { agendaTemplate } from '../../../shared/content/agendas'
import { movePhase, readControl, setAgenda, setSpotlight, startBreakouts, endBreakouts } from '../../../shared/doc/control'
import { followTarget, followsByDefault, spotlightBoard, viewPathOf } from '../../../client/src/facilitation/follow'

const BOARDS = new Map([['whiteboard', 'Whiteboard'], ['swot', 'SWOT'], ['synthesis', 'Synthesis']])
const TESS = { id: 'tess-teacher', role: 'participant' as const }
const COACH = { id: 'coach-kim', role: 'facilitator' as const }
const OLU = { id: 'olu-observer', role: 'observer' as const }

function control(setUp: (doc: Y.Doc) => void = () => {}) {
  const doc = new Y.Doc()
  setUp(doc)
  return readControl(doc)
}
const rootCause = (doc: Y.Doc) => setAgenda(doc, 'root-cause', agendaTemplate('root-cause')?.phases ?? [])
const groups = (doc: Y.Doc) =>
  startBreakouts(doc, 'cross-role', [
    { id: 'group-one', name: 'Group 1', memberIds: [TESS.id] },
    { id: 'group-two', name: 'Group 2', memberIds: [] },
  ])

describe('where a follower belongs', () => {
  it('goes nowhere before the facilitator sets anything', () => {
    expect(followTarget(control(), TESS, BOARDS, 'whiteboard')).toBeNull()
  })

  it('follows the phase to its board, falling back to the whiteboard for a board this build lacks', () => {
    expect(followTarget(control(rootCause), TESS, BOARDS, 'whiteboard')).toMatchObject({ path: 'whiteboard', reason: 'phase' })
    const atSwot = control((d) => {
      rootCause(d)
      movePhase(d, { type: 'goto', index: 2 })
    })
    expect(followTarget(atSwot, TESS, BOARDS, 'whiteboard')).toMatchObject({ path: 'swot', reason: 'phase', label: 'SWOT' })
  })

  it('prefers the spotlight over the phase, and names who is followed', () => {
    const state = control((d) => {
      rootCause(d)
      setSpotlight(d, { memberId: COACH.id, board: 'synthesis' })
    })
    expect(followTarget(state, TESS, BOARDS, 'whiteboard')).toEqual({ path: 'synthesis', reason: 'spotlight', leaderId: COACH.id, label: 'Synthesis' })
  })

  it('takes an assigned participant to their group while the round runs, over any spotlight', () => {
    const state = control((d) => {
      setSpotlight(d, { memberId: COACH.id, board: 'swot' })
      groups(d)
    })
    expect(followTarget(state, TESS, BOARDS, 'whiteboard')).toEqual({ path: 'group/group-one', reason: 'breakout', label: 'Group 1' })
  })

  it.each([
    ['a facilitator', COACH],
    ['an observer', OLU],
  ])('never sends %s into a group (they visit any group by choice)', (_label, who) => {
    const state = control((d) => {
      setSpotlight(d, { memberId: COACH.id, board: 'swot' })
      groups(d)
    })
    expect(followTarget(state, who, BOARDS, 'whiteboard')?.reason).toBe('spotlight')
  })

  it('returns a participant to the room once the round ends', () => {
    const state = control((d) => {
      groups(d)
      endBreakouts(d)
      setSpotlight(d, { memberId: COACH.id, board: 'swot' })
    })
    expect(followTarget(state, TESS, BOARDS, 'whiteboard')?.path).toBe('swot')
  })
})

describe('view paths and who leads', () => {
  it.each([
    ['/w/abcdef/swot', 'swot'],
    ['/w/abcdef/group/group-one', 'group/group-one'],
    ['/w/abcdef/group', 'group'],
    ['/w/abcdef', ''],
    ['/join/abcdef', ''],
  ])('reads %s as the view path "%s"', (pathname, path) => {
    expect(viewPathOf(pathname)).toBe(path)
  })

  it.each([
    ['swot', 'swot'],
    ['facilitator', null],
    ['group/group-one', null],
    ['', null],
  ])('brings everyone to "%s" as %s', (view, board) => {
    expect(spotlightBoard(view, new Set(['facilitator']))).toBe(board)
  })

  it.each([
    ['facilitator', false],
    ['participant', true],
    ['observer', true],
  ] as const)('a %s follows by default: %s', (role, follows) => {
    expect(followsByDefault(role)).toBe(follows)
  })
})
