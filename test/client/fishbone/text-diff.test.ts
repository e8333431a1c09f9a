import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { diffText, transformIndex, type DeltaOp } from '../../../client/src/views/fishbone/text-diff'

describe('diffText', () => {
  it.each([
    ['a keystroke at the end', 'abc', 'abcd', { index: 3, remove: 0, insert: 'd' }],
    ['a keystroke in the middle', 'abc', 'abxc', { index: 2, remove: 0, insert: 'x' }],
    ['a backspace', 'abc', 'ac', { index: 1, remove: 1, insert: '' }],
    ['a selection replaced by a paste', 'hello world', 'hello there', { index: 6, remove: 5, insert: 'there' }],
    ['a doubled letter typed once more', 'aa', 'aaa', { index: 2, remove: 0, insert: 'a' }],
    ['everything cleared', 'abc', '', { index: 0, remove: 3, insert: '' }],
    ['an emoji replaced whole, never half a surrogate pair', 'a😀b', 'a😃b', { index: 1, remove: 2, insert: '😃' }],
  ])('finds %s', (_name, before, after, edit) => {
    expect(diffText(before, after)).toEqual(edit)
  })

  it('finds nothing when the text is unchanged', () => {
    expect(diffText('same', 'same')).toBeNull()
  })

  it.each([
    ['abc', 'xyz'],
    ['teachers lack time', 'teachers lack planning time'],
    ['', 'new'],
    ['a😀b😀c', 'a😀c'],
  ])('turns %j into %j when applied', (before, after) => {
    const edit = diffText(before, after)!
    expect(before.slice(0, edit.index) + edit.insert + before.slice(edit.index + edit.remove)).toBe(after)
  })
})

describe('transformIndex', () => {
  it.each<[string, number, DeltaOp[], number]>([
    ['text inserted before the caret pushes it right', 5, [{ retain: 2 }, { insert: 'xyz' }], 8],
    ['text inserted after the caret leaves it', 2, [{ retain: 4 }, { insert: 'xyz' }], 2],
    ['text inserted exactly at the caret goes after it', 3, [{ retain: 3 }, { insert: 'xy' }], 3],
    ['a deletion before the caret pulls it left', 6, [{ retain: 1 }, { delete: 3 }], 3],
    ['a deletion around the caret puts it at the deletion', 4, [{ retain: 2 }, { delete: 5 }], 2],
    ['a deletion after the caret leaves it', 2, [{ retain: 3 }, { delete: 2 }], 2],
    ['a replace before the caret shifts it by the difference', 10, [{ retain: 1 }, { delete: 2 }, { insert: 'abcd' }], 12],
  ])('%s', (_name, index, delta, expected) => {
    expect(transformIndex(index, delta)).toBe(expected)
  })

  it('keeps both people’s words when two fields apply their diffs to one Y.Text concurrently', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.clientID = 1
    b.clientID = 2
    a.getText('t').insert(0, 'Teachers lack time')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const type = (doc: Y.Doc, next: string) => {
      const t = doc.getText('t')
      const e = diffText(t.toString(), next)!
      t.delete(e.index, e.remove)
      t.insert(e.index, e.insert)
    }
    type(a, 'Teachers lack planning time')
    type(b, 'New teachers lack time')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(a.getText('t').toString()).toBe('New teachers lack planning time')
    expect(b.getText('t').toString()).toBe(a.getText('t').toString())
  })
})
