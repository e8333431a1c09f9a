import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { diffText, transformIndex, type TextDelta } from '../../../client/src/views/swot/text-diff'

const apply = (s: string, e: { index: number; remove: number; insert: string }) => s.slice(0, e.index) + e.insert + s.slice(e.index + e.remove)

describe('the smallest edit between two textarea values', () => {
  it.each([
    ['typing at the end', 'Low math', 'Low math scores', undefined, { index: 8, remove: 0, insert: ' scores' }],
    ['typing in the middle', 'Low scores', 'Low math scores', 9, { index: 4, remove: 0, insert: 'math ' }],
    ['deleting a word', 'Low math scores', 'Low scores', 4, { index: 4, remove: 5, insert: '' }],
    ['replacing a selection', 'Low math scores', 'Low ELA scores', 7, { index: 4, remove: 4, insert: 'ELA' }],
    ['a repeated letter typed where the caret is', 'aa', 'aaa', 1, { index: 0, remove: 0, insert: 'a' }],
    ['no change', 'same', 'same', 4, { index: 4, remove: 0, insert: '' }],
  ])('finds %s', (_name, before, after, caret, edit) => {
    const e = diffText(before, after, caret)
    expect(e).toEqual(edit)
    expect(apply(before, e)).toBe(after)
  })

  it('never splits a surrogate pair when one emoji replaces another', () => {
    const e = diffText('x😀y', 'x😃y', 3)
    expect(e).toEqual({ index: 1, remove: 2, insert: '😃' })
  })

  it('lets two people typing into the same Y.Text at once keep both edits', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.getText('t').insert(0, 'Attendance drops')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const type = (doc: Y.Doc, after: string, caret: number) => {
      const t = doc.getText('t')
      const e = diffText(t.toString(), after, caret)
      doc.transact(() => {
        if (e.remove > 0) t.delete(e.index, e.remove)
        if (e.insert) t.insert(e.index, e.insert)
      })
    }
    type(a, 'Chronic Attendance drops', 8)
    type(b, 'Attendance drops in winter', 26)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(a.getText('t').toString()).toBe('Chronic Attendance drops in winter')
    expect(b.getText('t').toString()).toBe(a.getText('t').toString())
  })
})

describe('where a caret goes when a remote edit lands', () => {
  it.each<[string, number, TextDelta, number]>([
    ['an insert before it pushes it right', 5, [{ retain: 2 }, { insert: 'abc' }], 8],
    ['an insert after it leaves it', 5, [{ retain: 7 }, { insert: 'abc' }], 5],
    ['an insert exactly at it leaves it', 5, [{ retain: 5 }, { insert: 'abc' }], 5],
    ['a delete before it pulls it left', 5, [{ retain: 1 }, { delete: 2 }], 3],
    ['a delete around it moves it to the cut', 5, [{ retain: 3 }, { delete: 4 }], 3],
    ['a delete after it leaves it', 5, [{ retain: 6 }, { delete: 4 }], 5],
  ])('%s', (_name, index, delta, expected) => {
    expect(transformIndex(index, delta)).toBe(expected)
  })
})
