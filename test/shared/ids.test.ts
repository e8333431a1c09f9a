import { describe, expect, it } from 'vitest'
import { ID_PATTERN } from '../../shared/doc/names'
import { newId } from '../../shared/ids'

describe('newId', () => {
  it.each([[undefined], ['c'], ['swot'], ['rubric']])('makes ids valid as document and root keys (prefix %s)', (prefix) => {
    for (let i = 0; i < 200; i++) expect(newId(prefix)).toMatch(ID_PATTERN)
  })

  it('puts the prefix in front, separated by a dash', () => {
    expect(newId('vote')).toMatch(/^vote-[A-Za-z0-9_-]{16}$/)
  })

  it('does not repeat itself over many calls', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId()))
    expect(ids.size).toBe(5000)
  })

  it('works without crypto.randomUUID, as on a plain-HTTP LAN address', () => {
    const saved = globalThis.crypto.randomUUID
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      expect(newId()).toMatch(ID_PATTERN)
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: saved, configurable: true })
    }
  })
})
