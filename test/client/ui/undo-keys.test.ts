import { describe, expect, it } from 'vitest'
import { undoKeyAction } from '../../../client/src/ui/undo-keys'

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
})

describe('the undo keys of a shared text field', () => {
  it.each([
    ['Ctrl+Z undoes', press('z', { ctrl: true }), 'undo'],
    ['Cmd+Z undoes', press('z', { meta: true }), 'undo'],
    ['Ctrl+Shift+Z redoes', press('Z', { ctrl: true, shift: true }), 'redo'],
    ['Ctrl+Y redoes', press('y', { ctrl: true }), 'redo'],
    ['a plain z is typing', press('z'), null],
    ['Ctrl+A is left to the browser', press('a', { ctrl: true }), null],
  ])('%s', (_name, e, action) => {
    expect(undoKeyAction(e)).toBe(action)
  })
})
