import { describe, expect, it } from 'vitest'
import { numberedNames, readingOrder, type PlacedItem } from '../../../../shared/domain/whiteboard/reading-order'

const box = (id: string, x: number, y: number, w = 100, h = 100): PlacedItem => ({ id, x, y, w, h })

describe('reading order of whiteboard items', () => {
  it('reads rows top to bottom and each row left to right', () => {
    expect(readingOrder([box('c', 0, 300), box('b', 200, 0), box('a', 0, 0), box('d', 200, 300)])).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps a note a little lower than its neighbour on the same line', () => {
    expect(readingOrder([box('right', 200, 0), box('left', 0, 30)])).toEqual(['left', 'right'])
  })

  it('starts a new row when items overlap by less than half of the shorter one', () => {
    expect(readingOrder([box('right', 200, 0), box('left', 0, 60)])).toEqual(['right', 'left'])
  })

  it('orders items at the same place by id, so every peer lists them alike', () => {
    expect(readingOrder([box('b', 0, 0), box('a', 0, 0)])).toEqual(['a', 'b'])
  })

  it('returns nothing for an empty board', () => {
    expect(readingOrder([])).toEqual([])
  })

  it('numbers each kind separately in the order given', () => {
    const names = numberedNames([
      { id: '1', kind: 'Note' },
      { id: '2', kind: 'Text' },
      { id: '3', kind: 'Note' },
    ])
    expect([...names.values()]).toEqual(['Note 1', 'Text 1', 'Note 2'])
  })
})
