import { describe, expect, it } from 'vitest'
import { placeCauses } from '../../../../shared/domain/fishbone/tree'

const c = (id: string, boneId: string | undefined, parentId?: string, order = 'a0') => ({ id, boneId, parentId, order })

describe('placing causes on bones', () => {
  it('lists bones in order, siblings by key, each cause before its sub-causes', () => {
    const placed = placeCauses([c('k', 'b1', 'p'), c('p', 'b1', undefined, 'a1'), c('q', 'b1', undefined, 'a0'), c('r', 'b2')], ['b2', 'b1'])
    expect(placed.map((p) => [p.id, p.boneId, p.depth])).toEqual([['r', 'b2', 0], ['q', 'b1', 0], ['p', 'b1', 0], ['k', 'b1', 1]])
  })

  it('puts a sub-cause on its root ancestor’s bone whatever its own bone says', () => {
    expect(placeCauses([c('p', 'b1'), c('k', 'b2', 'p')], ['b1', 'b2']).map((p) => p.boneId)).toEqual(['b1', 'b1'])
  })

  it('cuts a cycle at its smallest id', () => {
    const placed = placeCauses([c('y', 'b1', 'x'), c('x', 'b1', 'y'), c('z', 'b1', 'z')], ['b1'])
    expect(placed.map((p) => [p.id, p.parentId, p.depth])).toEqual([['x', undefined, 0], ['y', 'x', 1], ['z', undefined, 0]])
  })

  it('sends causes on an unknown bone to the fallback bone, or the last bone', () => {
    expect(placeCauses([c('a', 'gone')], ['b1', 'other'], 'other')[0]!.boneId).toBe('other')
    expect(placeCauses([c('a', undefined)], ['b1', 'b2'])[0]!.boneId).toBe('b2')
    expect(placeCauses([c('a', 'b1')], [])).toEqual([])
  })
})
