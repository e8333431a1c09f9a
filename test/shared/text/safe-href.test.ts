import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../shared/text/safe-href'
import { plainTextProblem } from '../../../shared/text/plain-text'

describe('safeHref', () => {
  it.each(['https://district.example/data.pdf', 'http://example.org', 'mailto:coach@district.example', 'HTTPS://EXAMPLE.ORG/x'])('renders %s as a link', (url) => {
    expect(safeHref(url)).toBe(url)
  })
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/relative/path',
    'https://',
    'https://exa mple.org',
    '',
    42,
    undefined,
  ])('refuses %j', (value) => {
    expect(safeHref(value)).toBeUndefined()
  })
})

describe('plainTextProblem', () => {
  it('accepts ordinary names with accents and emoji', () => {
    expect(plainTextProblem('Zoë 😀 Ñandú')).toBeUndefined()
  })
  it('refuses control characters and lone surrogates, and newlines unless multi-line', () => {
    expect(plainTextProblem('a\u0000b')).toBe('must not contain control characters')
    expect(plainTextProblem('a\u000Bb', { multiline: true })).toBe('must not contain control characters')
    expect(plainTextProblem('line\nbreak')).toBe('must not contain control characters')
    expect(plainTextProblem('line\nbreak', { multiline: true })).toBeUndefined()
    expect(plainTextProblem('\uD83D alone')).toBe('must not contain unpaired surrogate characters')
  })
})
