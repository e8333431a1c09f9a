import { describe, expect, it } from 'vitest'
import { byOrderThenId, isOrderKey, keyAt, keyBetween, keysBetween } from '../../../shared/doc/fractional-index'

describe('fractional order keys', () => {
  it('puts a key strictly between two keys, and before/after open ends', () => {
    const first = keyBetween(null, null)
    const after = keyBetween(first, null)
    const before = keyBetween(null, first)
    const mid = keyBetween(first, after)
    expect(before < first && first < mid && mid < after).toBe(true)
  })

  it.each([
    ['always between the same two neighbours (bisecting one gap)', 'between'],
    ['always at the front', 'front'],
    ['always at the end', 'end'],
  ])('stays ordered and short-ish after 1,000 inserts %s', (_name, mode) => {
    const keys: string[] = [keyBetween(null, null)]
    let lo = keys[0] as string
    let hi = keyBetween(lo, null)
    keys.push(hi)
    for (let i = 0; i < 1000; i++) {
      let k: string
      if (mode === 'front') k = keyBetween(null, keys.reduce((m, x) => (x < m ? x : m)))
      else if (mode === 'end') k = keyBetween(keys.reduce((m, x) => (x > m ? x : m)), null)
      else {
        // alternate sides so the gap shrinks from both ends, the worst case for key length
        k = keyBetween(lo, hi)
        if (i % 2 === 0) lo = k
        else hi = k
      }
      keys.push(k)
    }
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.every(isOrderKey)).toBe(true)
    const longest = Math.max(...keys.map((k) => k.length))
    // 1,000 bisections need ~1,000 bits; base 62 packs ~5.95 bits a character
    expect(longest).toBeLessThanOrEqual(mode === 'between' ? 180 : 4)
  })

  it('keeps many consecutive inserts after the same item short (typing a list)', () => {
    let prev: string | null = null
    const keys: string[] = []
    for (let i = 0; i < 1000; i++) keys.push((prev = keyBetween(prev, null)))
    expect([...keys].sort()).toEqual(keys)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4)
  })

  it('keeps keys very short when 1,000 items are inserted at random positions', () => {
    const keys: string[] = []
    let seed = 7
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 1000; i++) {
      const index = Math.floor(random() * (keys.length + 1))
      keys.splice(index, 0, keyAt(keys, index))
    }
    expect([...keys].sort()).toEqual(keys)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(8)
  })

  it('spreads n keys between two keys in ascending order', () => {
    const a = keyBetween(null, null)
    const b = keyBetween(a, null)
    const keys = keysBetween(a, b, 50)
    expect(keys).toHaveLength(50)
    expect([...keys].sort()).toEqual(keys)
    expect(keys.every((k) => k > a && k < b)).toBe(true)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(5)
  })

  it('finds a key for a display position, stepping over ties and corrupt keys', () => {
    const k1 = keyBetween(null, null)
    const k2 = keyBetween(k1, null)
    expect(keyAt([], 0)).toBe(k1)
    const atFront = keyAt([k1, k2], 0)
    expect(atFront < k1).toBe(true)
    const between = keyAt([k1, k2], 1)
    expect(between > k1 && between < k2).toBe(true)
    // a tie from two concurrent inserts: land after the tied pair, never throw
    const tied = keyAt([k1, k1, k2], 1)
    expect(tied > k1 && tied < k2).toBe(true)
    expect(() => keyAt([k1, 'not a key!', '~', k2], 2)).not.toThrow()
  })

  it.each([[''], ['a'], ['a00'], ['a0 '], ['~'], ['A' + '0'.repeat(26)], [42]])('rejects %j as an order key', (k) => {
    expect(isOrderKey(k)).toBe(false)
  })

  it('refuses to compute between keys in the wrong order', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow()
  })

  it('orders equal keys by id so every client shows the same order', () => {
    const rows = [
      { id: 'b', order: 'a0' },
      { id: 'a', order: 'a0' },
      { id: 'c', order: 'Zz' },
    ]
    expect([...rows].sort(byOrderThenId).map((r) => r.id)).toEqual(['c', 'a', 'b'])
  })
})
