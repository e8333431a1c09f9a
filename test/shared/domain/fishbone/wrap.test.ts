import { describe, expect, it } from 'vitest'
import { approximateMeasure, wrapText } from '../../../../shared/domain/fishbone/wrap'

const mono = (text: string) => text.length * 10 // 10 px per character, font size ignored

describe('wrapping labels', () => {
  it.each([
    ['fits on one line', 'short text', 100, ['short text']],
    ['breaks between words', 'one two three four', 100, ['one two', 'three four']],
    ['breaks a word wider than the line', 'abcdefghijkl', 50, ['abcde', 'fghij', 'kl']],
    ['collapses whitespace', '  a   b  ', 100, ['a b']],
    ['gives no lines for empty text', '   ', 100, []],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width, 12, 10, mono).lines).toEqual(lines)
  })

  it('cuts to the line limit with an ellipsis that still fits', () => {
    const w = wrapText('aaaa bbbb cccc dddd', 40, 12, 2, mono)
    expect(w.lines).toEqual(['aaaa', 'bbb…'])
    expect(w.truncated).toBe(true)
    expect(w.width).toBeLessThanOrEqual(40)
  })

  it('estimates width from the character count and font size by default', () => {
    expect(approximateMeasure('abcd', 10)).toBe(24)
  })
})
