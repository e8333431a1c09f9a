import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { diffText, moveCaret } from '../../../client/src/views/group/text-diff'

describe('binding a text field to a Y.Text', () => {
  it.each([
    ['abc', 'abXc', { index: 2, remove: 0, insert: 'X' }],
    ['abc', 'ac', { index: 1, remove: 1, insert: '' }],
    ['abc', 'aXYc', { index: 1, remove: 1, insert: 'XY' }],
    ['aaa', 'aaaa', { index: 3, remove: 0, insert: 'a' }],
    ['', 'new', { index: 0, remove: 0, insert: 'new' }],
  ])('turns "%s" into "%s" with the smallest edit', (before, after, edit) => {
    expect(diffText(before, after)).toEqual(edit)
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
  ])('%s', (_label, change, caret, expected) => {
    expect(moveCaret(deltaOf('abcdefgh', change), caret)).toBe(expected)
  })
})
