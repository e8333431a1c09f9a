import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardRoot } from '../../../shared/doc/schema'
import {
  addSwotItem, createSwotBoard, deleteSwotBoard, deleteSwotItem, moveSwotItem, renameSwotBoard, setSwotEvidence,
  setSwotEvidenceLink, swotItemText, swotNotesText,
} from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { docPair, must } from './doc-pair'

const NOW = 1_700_000_000_000

function boardWith(doc: Y.Doc, items: readonly [string, 'strengths' | 'weaknesses' | 'opportunities' | 'threats', string][]) {
  must(createSwotBoard(doc, { boardId: 'board-1', title: 'Grade 7 math', now: NOW }))
  for (const [itemId, quadrant, text] of items) must(addSwotItem(doc, { boardId: 'board-1', itemId, quadrant, text, now: NOW }))
}
const texts = (doc: Y.Doc, q: 'strengths' | 'weaknesses' | 'opportunities' | 'threats') =>
  readSwot(doc).boards[0]!.quadrants[q].map((i) => i.text)

describe('SWOT boards', () => {
  it('creates several boards per workspace, oldest first, each with empty quadrants and notes', () => {
    const { a, b } = docPair()
    must(createSwotBoard(a, { boardId: 'board-2', title: 'Later', now: NOW + 1 }))
    must(createSwotBoard(a, { boardId: 'board-1', title: 'First', now: NOW }))
    const state = readSwot(b)
    expect(state.boards.map((x) => x.title)).toEqual(['First', 'Later'])
    expect(state.boards[0]!.quadrants).toEqual({ strengths: [], weaknesses: [], opportunities: [], threats: [] })
    expect(state.boards[0]!.notes).toEqual({ leverage: '', rootCauses: '' })
  })

  it('refuses a board id that already exists, and renames and deletes boards', () => {
    const { a, b } = docPair()
    must(createSwotBoard(a, { boardId: 'board-1', title: 'One', now: NOW }))
    expect(createSwotBoard(b, { boardId: 'board-1', title: 'Dup', now: NOW })).toEqual({ ok: false, error: { code: 'exists', what: 'swot-board', id: 'board-1' } })
    must(renameSwotBoard(b, 'board-1', 'Renamed'))
    expect(readSwot(a).boards[0]!.title).toBe('Renamed')
    must(deleteSwotBoard(a, 'board-1'))
    expect(readSwot(b).boards).toEqual([])
  })

  it('adds items at the end of their quadrant by default, or at a given position', () => {
    const { a, b } = docPair()
    boardWith(a, [['s1', 'strengths', 'PLCs meet weekly'], ['s2', 'strengths', 'New curriculum']])
    must(addSwotItem(b, { boardId: 'board-1', itemId: 's0', quadrant: 'strengths', text: 'Stable leadership', index: 0, now: NOW }))
    expect(texts(a, 'strengths')).toEqual(['Stable leadership', 'PLCs meet weekly', 'New curriculum'])
  })

  it('stores no author in anonymous mode and the author otherwise', () => {
    const { a } = docPair()
    boardWith(a, [])
    must(addSwotItem(a, { boardId: 'board-1', itemId: 'anon', quadrant: 'threats', now: NOW }))
    must(addSwotItem(a, { boardId: 'board-1', itemId: 'named', quadrant: 'threats', authorId: 'member-1', now: NOW }))
    const raw = boardRoot(a, 'swot').toJSON() as { 'board-1': { items: Record<string, Record<string, unknown>> } }
    expect('authorId' in raw['board-1'].items.anon!).toBe(false)
    expect(raw['board-1'].items.named!.authorId).toBe('member-1')
  })

  it('records where an item came from and rejects a malformed source', () => {
    const { a, b } = docPair()
    boardWith(a, [])
    must(addSwotItem(a, { boardId: 'board-1', itemId: 'w1', quadrant: 'weaknesses', source: { kind: 'rubric', elementId: '2a3' }, now: NOW }))
    must(addSwotItem(a, { boardId: 'board-1', itemId: 'w2', quadrant: 'weaknesses', source: { kind: 'group', groupId: 'g1', roles: ['teacher', 'principal'] }, now: NOW }))
    const bad = addSwotItem(a, { boardId: 'board-1', itemId: 'w3', quadrant: 'weaknesses', source: { kind: 'rubric', elementId: 'zz' }, now: NOW })
    expect(bad.ok).toBe(false)
    expect(readSwot(b).boards[0]!.quadrants.weaknesses.map((i) => i.source)).toEqual([
      { kind: 'rubric', elementId: '2a3' },
      { kind: 'group', groupId: 'g1', roles: ['teacher', 'principal'] },
    ])
  })

  it('marks an item "needs evidence" until it has evidence text or a link', () => {
    const { a, b } = docPair()
    boardWith(a, [['w1', 'weaknesses', 'Low 7th-grade math'], ['w2', 'weaknesses', 'Attendance']])
    const needs = () => readSwot(b).boards[0]!.quadrants.weaknesses.map((i) => i.needsEvidence)
    expect(needs()).toEqual([true, true])
    must(setSwotEvidence(a, 'board-1', 'w1', 'State test: 31% proficient'))
    must(setSwotEvidenceLink(b, 'board-1', 'w2', 'https://example.org/attendance.pdf'))
    expect(needs()).toEqual([false, false])
    expect(setSwotEvidenceLink(a, 'board-1', 'w2', 'javascript:alert(1)').ok).toBe(false)
    must(setSwotEvidenceLink(a, 'board-1', 'w2', null))
    expect(needs()).toEqual([false, true])
  })

  it('moves an item to another quadrant and position with field writes only', () => {
    const { a, b } = docPair()
    boardWith(a, [['x', 'strengths', 'X'], ['y', 'weaknesses', 'Y'], ['z', 'weaknesses', 'Z']])
    must(moveSwotItem(b, { boardId: 'board-1', itemId: 'x', quadrant: 'weaknesses', index: 1 }))
    expect(texts(a, 'strengths')).toEqual([])
    expect(texts(a, 'weaknesses')).toEqual(['Y', 'X', 'Z'])
    must(moveSwotItem(a, { boardId: 'board-1', itemId: 'z', index: 0 }))
    expect(texts(b, 'weaknesses')).toEqual(['Z', 'Y', 'X'])
  })

  it('deletes an item', () => {
    const { a, b } = docPair()
    boardWith(a, [['x', 'strengths', 'X']])
    must(deleteSwotItem(b, 'board-1', 'x'))
    expect(texts(a, 'strengths')).toEqual([])
    expect(deleteSwotItem(a, 'board-1', 'x')).toEqual({ ok: false, error: { code: 'not-found', what: 'swot-item', id: 'x' } })
  })

  it('shares the per-pair notes under the two Tool A prompts', () => {
    const { a, b } = docPair()
    boardWith(a, [])
    swotNotesText(a, 'board-1', 'leverage')!.insert(0, 'Use the PLC time')
    swotNotesText(b, 'board-1', 'rootCauses')!.insert(0, 'Induction is thin')
    expect(readSwot(a).boards[0]!.notes).toEqual({ leverage: 'Use the PLC time', rootCauses: 'Induction is thin' })
  })
})

describe('SWOT concurrency', () => {
  it('keeps both people’s typing when they edit the same item text at once', () => {
    const pair = docPair()
    boardWith(pair.a, [['w1', 'weaknesses', 'math']])
    pair.offline()
    swotItemText(pair.a, 'board-1', 'w1', 'text')!.insert(0, 'Low ')
    swotItemText(pair.b, 'board-1', 'w1', 'text')!.insert(4, ' scores')
    pair.online()
    expect(texts(pair.a, 'weaknesses')).toEqual(['Low math scores'])
    expect(texts(pair.b, 'weaknesses')).toEqual(['Low math scores'])
  })

  it('keeps both a move and a concurrent text edit of the same item', () => {
    const pair = docPair()
    boardWith(pair.a, [['i1', 'weaknesses', 'Turnover'], ['i2', 'threats', 'Budget cuts']])
    pair.offline()
    must(moveSwotItem(pair.a, { boardId: 'board-1', itemId: 'i1', quadrant: 'threats', index: 0 }))
    swotItemText(pair.b, 'board-1', 'i1', 'text')!.insert(8, ' of new teachers')
    swotItemText(pair.b, 'board-1', 'i1', 'evidence')!.insert(0, 'HR exit data')
    pair.online()
    for (const doc of [pair.a, pair.b]) {
      const threats = readSwot(doc).boards[0]!.quadrants.threats
      expect(threats.map((i) => [i.text, i.evidence])).toEqual([
        ['Turnover of new teachers', 'HR exit data'],
        ['Budget cuts', ''],
      ])
    }
  })

  it('shows concurrent inserts at the same spot in the same order on both sides', () => {
    const pair = docPair()
    boardWith(pair.a, [])
    pair.offline()
    must(addSwotItem(pair.a, { boardId: 'board-1', itemId: 'from-a', quadrant: 'opportunities', text: 'A', now: NOW }))
    must(addSwotItem(pair.b, { boardId: 'board-1', itemId: 'from-b', quadrant: 'opportunities', text: 'B', now: NOW }))
    pair.online()
    expect(texts(pair.a, 'opportunities')).toEqual(texts(pair.b, 'opportunities'))
    expect(texts(pair.a, 'opportunities')).toHaveLength(2)
  })

  it('reads corrupt remote items without throwing: unknown quadrants are skipped, bad orders go last', () => {
    const { a } = docPair()
    boardWith(a, [['ok', 'strengths', 'fine']])
    const items = (boardRoot(a, 'swot').get('board-1') as Y.Map<unknown>).get('items') as Y.Map<unknown>
    const weird = new Y.Map<unknown>()
    weird.set('quadrant', 'nonsense')
    const badOrder = new Y.Map<unknown>()
    badOrder.set('quadrant', 'strengths')
    badOrder.set('order', 42)
    a.transact(() => {
      items.set('weird', weird)
      items.set('bad-order', badOrder)
      items.set('not-a-map', 'hello')
    })
    const strengths = readSwot(a).boards[0]!.quadrants.strengths
    expect(strengths.map((i) => i.id)).toEqual(['ok', 'bad-order'])
    expect(strengths[1]!.text).toBe('')
  })
})
