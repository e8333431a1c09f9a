import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { diffText, transformIndex, type TextDelta, type TextEdit } from '../../../client/src/ui/text-binding'

const apply = (s: string, e: TextEdit) => s.slice(0, e.index) + e.insert + s.slice(e.index + e.remove)

describe('the smallest edit between two field values', () => {
  it.each<[string, string, string, number | undefined, TextEdit]>([
    ['typing at the end', 'Low math', 'Low math scores', undefined, { index: 8, remove: 0, insert: ' scores' }],
    ['typing in the middle', 'Low scores', 'Low math scores', 9, { index: 4, remove: 0, insert: 'math ' }],
    ['deleting a word', 'Low math scores', 'Low scores', 4, { index: 4, remove: 5, insert: '' }],
    ['replacing a selection', 'Low math scores', 'Low ELA scores', 7, { index: 4, remove: 4, insert: 'ELA' }],
    ['a repeated letter typed where the caret is', 'aa', 'aaa', 1, { index: 0, remove: 0, insert: 'a' }],
    ['a doubled letter typed once more, with no caret to say where', 'aa', 'aaa', undefined, { index: 2, remove: 0, insert: 'a' }],
    ['a repeated letter typed at the end, with no caret to say where', 'aaa', 'aaaa', undefined, { index: 3, remove: 0, insert: 'a' }],
    ['a keystroke in the middle', 'abc', 'abxc', undefined, { index: 2, remove: 0, insert: 'x' }],
    ['a backspace', 'abc', 'ac', undefined, { index: 1, remove: 1, insert: '' }],
    ['a selection replaced by a paste', 'hello world', 'hello there', undefined, { index: 6, remove: 5, insert: 'there' }],
    ['one letter replaced by two', 'abc', 'aXYc', undefined, { index: 1, remove: 1, insert: 'XY' }],
    ['everything cleared', 'abc', '', undefined, { index: 0, remove: 3, insert: '' }],
    ['a first word typed into an empty field', '', 'new', undefined, { index: 0, remove: 0, insert: 'new' }],
    ['an emoji replaced whole, never half a surrogate pair', 'a😀b', 'a😃b', undefined, { index: 1, remove: 2, insert: '😃' }],
    ['an emoji replaced whole when the caret is after it', 'x😀y', 'x😃y', 3, { index: 1, remove: 2, insert: '😃' }],
  ])('finds %s', (_name, before, after, caret, edit) => {
    const e = diffText(before, after, caret)
    expect(e).toEqual(edit)
    expect(e && apply(before, e)).toBe(after)
  })

  it('finds nothing when the text is unchanged', () => {
    expect(diffText('same', 'same')).toBeNull()
    expect(diffText('same', 'same', 4)).toBeNull()
  })

  it.each([
    ['abc', 'xyz'],
    ['teachers lack time', 'teachers lack planning time'],
    ['', 'new'],
    ['a😀b😀c', 'a😀c'],
  ])('turns %j into %j when applied', (before, after) => {
    const edit = diffText(before, after)
    expect(edit && apply(before, edit)).toBe(after)
  })
})

describe('two people typing into one Y.Text at once', () => {
  const pair = (initial: string) => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.clientID = 1
    b.clientID = 2
    a.getText('t').insert(0, initial)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    return [a, b] as const
  }
  const type = (doc: Y.Doc, after: string, caret?: number) => {
    const t = doc.getText('t')
    const e = diffText(t.toString(), after, caret)
    if (!e) return
    doc.transact(() => {
      if (e.remove > 0) t.delete(e.index, e.remove)
      if (e.insert) t.insert(e.index, e.insert)
    })
  }
  const sync = (a: Y.Doc, b: Y.Doc) => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  }

  it('keeps both edits when each field knows its caret', () => {
    const [a, b] = pair('Attendance drops')
    type(a, 'Chronic Attendance drops', 8)
    type(b, 'Attendance drops in winter', 26)
    sync(a, b)
    expect(a.getText('t').toString()).toBe('Chronic Attendance drops in winter')
    expect(b.getText('t').toString()).toBe(a.getText('t').toString())
  })

  it('keeps both edits when the fields apply their diffs without a caret', () => {
    const [a, b] = pair('Teachers lack time')
    type(a, 'Teachers lack planning time')
    type(b, 'New teachers lack time')
    sync(a, b)
    expect(a.getText('t').toString()).toBe('New teachers lack planning time')
    expect(b.getText('t').toString()).toBe(a.getText('t').toString())
  })
})

describe('where a caret goes when a remote edit lands', () => {
  it.each<[string, number, TextDelta, number]>([
    ['an insert before it pushes it right', 5, [{ retain: 2 }, { insert: 'abc' }], 8],
    ['an insert after it leaves it', 5, [{ retain: 7 }, { insert: 'abc' }], 5],
    ['an insert exactly at it leaves it', 5, [{ retain: 5 }, { insert: 'abc' }], 5],
    ['an insert at the very start, with the caret there, leaves it', 0, [{ insert: 'abc' }], 0],
    ['a delete before it pulls it left', 5, [{ retain: 1 }, { delete: 2 }], 3],
    ['a delete around it moves it to the cut', 5, [{ retain: 3 }, { delete: 4 }], 3],
    ['a delete after it leaves it', 5, [{ retain: 6 }, { delete: 4 }], 5],
    ['a replace before it shifts it by the difference', 10, [{ retain: 1 }, { delete: 2 }, { insert: 'abcd' }], 12],
  ])('%s', (_name, index, delta, expected) => {
    expect(transformIndex(index, delta)).toBe(expected)
  })

  function deltaOf(initial: string, change: (t: Y.Text) => void): Y.YTextEvent['delta'] {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, initial)
    let delta: Y.YTextEvent['delta'] = []
    text.observe((e) => (delta = e.delta))
    change(text)
    return delta
  }

  it.each([
    ['text inserted before the caret pushes it right', (t: Y.Text) => t.insert(0, 'XX'), 4, 6],
    ['text inserted after the caret leaves it', (t: Y.Text) => t.insert(5, 'XX'), 4, 4],
    ['text inserted at the caret goes after it', (t: Y.Text) => t.insert(4, 'XX'), 4, 4],
    ['a deletion before the caret pulls it left', (t: Y.Text) => t.delete(0, 2), 4, 2],
    ['a deletion spanning the caret lands it at the cut', (t: Y.Text) => t.delete(2, 4), 4, 2],
  ])('follows a real Yjs delta: %s', (_label, change, caret, expected) => {
    expect(transformIndex(caret, deltaOf('abcdefgh', change))).toBe(expected)
  })
})
