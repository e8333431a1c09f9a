import { describe, expect, it } from 'vitest'
import { moveCause } from '../../../shared/doc/fishbone-causes'
import { moveFor, moveMessage, treeAction, type MoveAction, type TreeAction } from '../../../client/src/views/fishbone/keys'
import { fishboneWith } from './fixtures'

const press = (key: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean } = {}) => ({
  key,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
})

describe('treeAction', () => {
  it.each<[string, ReturnType<typeof press>, TreeAction | null]>([
    ['ArrowDown moves focus to the next row', press('ArrowDown'), 'next'],
    ['ArrowUp moves focus to the previous row', press('ArrowUp'), 'prev'],
    ['Home goes to the first row', press('Home'), 'first'],
    ['End goes to the last row', press('End'), 'last'],
    ['ArrowLeft collapses or goes to the parent', press('ArrowLeft'), 'collapse'],
    ['ArrowRight expands or goes to the first child', press('ArrowRight'), 'expand'],
    ['Enter activates (add on a bone, edit on a cause)', press('Enter'), 'activate'],
    ['Shift+Enter adds a sub-cause', press('Enter', { shift: true }), 'add-child'],
    ['Delete deletes', press('Delete'), 'delete'],
    ['F2 renames or edits', press('F2'), 'rename'],
    ['Alt+ArrowUp moves the cause up', press('ArrowUp', { alt: true }), 'move-up'],
    ['Alt+ArrowDown moves the cause down', press('ArrowDown', { alt: true }), 'move-down'],
    ['Alt+ArrowRight makes it a sub-cause', press('ArrowRight', { alt: true }), 'indent'],
    ['Alt+ArrowLeft moves it out a level', press('ArrowLeft', { alt: true }), 'outdent'],
    ['Ctrl+ArrowDown also moves it down', press('ArrowDown', { ctrl: true }), 'move-down'],
    ['Alt+Shift+ArrowDown moves it to the next bone', press('ArrowDown', { alt: true, shift: true }), 'bone-next'],
    ['Alt+Shift+ArrowUp moves it to the previous bone', press('ArrowUp', { alt: true, shift: true }), 'bone-prev'],
    ['a letter does nothing', press('a'), null],
    ['Tab is left to the browser', press('Tab'), null],
    ['Shift+ArrowDown does nothing', press('ArrowDown', { shift: true }), null],
  ])('%s', (_name, key, action) => {
    expect(treeAction(key)).toBe(action)
  })
})

const build = () =>
  fishboneWith([
    { id: 'a', bone: 'leadership' },
    { id: 'b', bone: 'leadership' },
    { id: 'c', bone: 'leadership' },
    { id: 'b1', parent: 'b' },
    { id: 'b2', parent: 'b' },
  ])

/** Applies the move the key means, then reads where everything sits. */
function afterMove(causeId: string, action: MoveAction) {
  const { doc, fishbone } = build()
  const move = moveFor(fishbone(), causeId, action)
  if (!move) return null
  const r = moveCause(doc, move)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return fishbone().causes.map((c) => `${c.boneId}/${c.parentId ?? '-'}/${c.id}`)
}

describe('moveFor', () => {
  it.each<[string, string, MoveAction, string[]]>([
    ['moves a cause up past its sibling', 'b', 'move-up', ['leadership/-/b', 'leadership/b/b1', 'leadership/b/b2', 'leadership/-/a', 'leadership/-/c']],
    ['moves a cause down past its sibling', 'a', 'move-down', ['leadership/-/b', 'leadership/b/b1', 'leadership/b/b2', 'leadership/-/a', 'leadership/-/c']],
    ['moves a sub-cause down among its siblings', 'b1', 'move-down', ['leadership/-/a', 'leadership/-/b', 'leadership/b/b2', 'leadership/b/b1', 'leadership/-/c']],
    ['makes a cause a sub-cause of the one above it', 'c', 'indent', ['leadership/-/a', 'leadership/-/b', 'leadership/b/b1', 'leadership/b/b2', 'leadership/b/c']],
    ['moves a sub-cause out to just after its parent', 'b1', 'outdent', ['leadership/-/a', 'leadership/-/b', 'leadership/b/b2', 'leadership/-/b1', 'leadership/-/c']],
    ['moves a cause to the next bone, sub-causes and all', 'b', 'bone-next', ['leadership/-/a', 'leadership/-/c', 'talent/-/b', 'talent/b/b1', 'talent/b/b2']],
  ])('%s', (_name, id, action, expected) => {
    expect(afterMove(id, action)).toEqual(expected)
  })

  it.each<[string, string, MoveAction]>([
    ['the first cause cannot move up', 'a', 'move-up'],
    ['the last cause cannot move down', 'c', 'move-down'],
    ['the first cause cannot become a sub-cause', 'a', 'indent'],
    ['a top-level cause cannot move out a level', 'a', 'outdent'],
    ['a cause on the first bone has no previous bone', 'a', 'bone-prev'],
  ])('refuses when %s', (_name, id, action) => {
    expect(afterMove(id, action)).toBeNull()
  })

  it('moves a cause on the last bone nowhere further', () => {
    const { fishbone } = fishboneWith([{ id: 'x', bone: 'other' }])
    expect(moveFor(fishbone(), 'x', 'bone-next')).toBeNull()
  })

  it('announces a move to another bone by the bone’s name', () => {
    const { fishbone } = build()
    const f = fishbone()
    expect(moveMessage(f, moveFor(f, 'a', 'bone-next')!)).toBe('Moved to Talent Development')
  })
})
