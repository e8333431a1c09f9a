import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readSynthesis } from '../../../shared/doc/synthesis'
import { addNote, markPromoted, noteText, readNotes, removeNote, notesRoot } from '../../../client/src/views/group/notes'
import { addCardAtEnd, newTopic } from '../../../shared/doc/synthesis-moves'

const note = (id: string, order: string) => ({ id, section: 'challenges' as const, text: `note ${id}`, role: 'teacher', authorId: 'tess', order })

describe('a breakout group’s notes', () => {
  it('reads notes in their fractional order, whatever order they were added in', () => {
    const doc = new Y.Doc()
    addNote(doc, note('second', 'a2'))
    addNote(doc, note('first', 'a1'))
    expect(readNotes(doc).map((n) => n.id)).toEqual(['first', 'second'])
  })

  it('merges two people typing into the same note', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()]
    addNote(a, { ...note('shared', 'a1'), text: 'teachers' })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    noteText(a, 'shared')?.insert(0, 'new ')
    noteText(b, 'shared')?.insert(8, ' leave')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readNotes(a)[0]?.text).toBe('new teachers leave')
    expect(readNotes(b)[0]?.text).toBe('new teachers leave')
  })

  it.each([
    ['a section nobody knows', (m: Y.Map<unknown>) => m.set('section', 'gossip')],
    ['text that is not a Y.Text', (m: Y.Map<unknown>) => m.set('text', 'plain')],
  ])('skips a note with %s (remote data is parsed, not trusted)', (_label, spoil) => {
    const doc = new Y.Doc()
    addNote(doc, note('bad', 'a1'))
    const m = notesRoot(doc).get('gnote/bad')
    if (m instanceof Y.Map) spoil(m)
    expect(readNotes(doc)).toEqual([])
  })

  it('removes a note', () => {
    const doc = new Y.Doc()
    addNote(doc, note('gone', 'a1'))
    removeNote(doc, 'gone')
    expect(readNotes(doc)).toEqual([])
  })

  it('promotes a note into the synthesis with its group and role, and remembers the card', () => {
    const [group, board] = [new Y.Doc(), new Y.Doc()]
    addNote(group, note('idea', 'a1'))
    const topicId = newTopic(board, readSynthesis(board), 'From Group 1')
    const cardId = addCardAtEnd(board, { topicId, column: { kind: 'perspective', role: 'teacher' }, text: 'note idea', roles: ['teacher'], groupId: 'group-one' })
    markPromoted(group, 'idea', cardId)
    const synthesis = readSynthesis(board)
    const card = synthesis.topics[0]?.perspectives.teacher?.[0]
    expect(card).toMatchObject({ text: 'note idea', provenance: { groupId: 'group-one', roles: ['teacher'] } })
    expect(card?.authorId).toBeUndefined()
    expect(synthesis.perspectives.map((p) => p.role)).toEqual(['teacher'])
    expect(readNotes(group)[0]?.promotedTo).toBe(cardId)
  })
})
