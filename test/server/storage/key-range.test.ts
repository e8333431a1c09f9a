import { describe, expect, it } from 'vitest'
import { prefixUpperBound } from '../../../server/storage/key-range'

/** SQLite's BINARY order of UTF-8 text: code point by code point (JS `<` compares UTF-16 units) */
function compare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!)
  const y = Array.from(b, (c) => c.codePointAt(0)!)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

describe('prefixUpperBound', () => {
  it('bounds a workspace prefix by the next key that does not start with it', () => {
    expect(prefixUpperBound('ws-1/')).toBe('ws-10')
    expect(prefixUpperBound('a')).toBe('b')
  })

  it('has no bound for the empty prefix or one made only of the last code point', () => {
    expect(prefixUpperBound('')).toBeUndefined()
    expect(prefixUpperBound('\u{10FFFF}\u{10FFFF}')).toBeUndefined()
    expect(prefixUpperBound('a\u{10FFFF}')).toBe('b')
  })

  it('steps over the surrogate range, which UTF-8 text never holds', () => {
    expect(prefixUpperBound('x\uD7FF')).toBe('x\uE000')
    expect(prefixUpperBound('x\uFFFF')).toBe('x\u{10000}')
  })

  it('puts exactly the strings that start with the prefix in [prefix, bound)', () => {
    const prefixes = ['ab/', 'ab', 'a\u{10FFFF}', 'é/', '\u{1F600}/', 'x\uD7FF', '']
    const strings = [
      'ab',
      'ab/',
      'ab/x',
      'ab0',
      'ab.',
      'abc',
      'a',
      'b',
      'a\u{10FFFF}z',
      'a\u{10FFFF}',
      'é/1',
      'é0',
      '\u{1F600}/a',
      '\u{1F600}0',
      'x\uD7FFa',
      'x\uE000',
      '',
      'z',
    ]
    for (const prefix of prefixes) {
      const upper = prefixUpperBound(prefix)
      for (const s of strings) {
        const inRange = compare(s, prefix) >= 0 && (upper === undefined || compare(s, upper) < 0)
        expect(inRange, `${JSON.stringify(s)} under ${JSON.stringify(prefix)}`).toBe(s.startsWith(prefix))
      }
    }
  })
})
