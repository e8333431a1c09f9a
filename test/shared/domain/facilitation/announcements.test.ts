import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openRound, readControl, setBoardLock, setRoundStatus } from '../../../../shared/doc/control'
import { announcementsFor, type AnnouncedState } from '../../../../shared/domain/facilitation/announcements'

const names = { board: (id: string) => id.toUpperCase(), domain: (id: string) => `domain ${id}` }
const state = (doc: Y.Doc, extra: Partial<AnnouncedState> = {}): AnnouncedState => ({ control: readControl(doc), budgets: {}, results: {}, ...extra })

describe('facilitator announcements', () => {
  it('says nothing when nothing the facilitator does has changed', () => {
    const doc = new Y.Doc()
    expect(announcementsFor(state(doc), state(doc), names)).toEqual([])
  })

  it('announces a vote opening with its budget, and its closing', () => {
    const doc = new Y.Doc()
    const before = state(doc)
    openRound(doc, { id: 'r1', kind: 'vote', title: 'Weaknesses', board: 'swot' }, 1)
    const during = state(doc, { budgets: { r1: 3 } })
    expect(announcementsFor(before, during, names)).toEqual(['Vote opened: Weaknesses. You have 3 dots.'])
    setRoundStatus(doc, 'r1', 'closed')
    expect(announcementsFor(during, state(doc), names)).toEqual(['Vote closed: Weaknesses.'])
  })

  it('announces a board locked and unlocked by its name', () => {
    const doc = new Y.Doc()
    const before = state(doc)
    setBoardLock(doc, 'swot', true)
    const locked = state(doc)
    expect(announcementsFor(before, locked, names)).toEqual(['SWOT locked by the facilitator.'])
    setBoardLock(doc, 'swot', false)
    expect(announcementsFor(locked, state(doc), names)).toEqual(['SWOT unlocked.'])
  })
})
