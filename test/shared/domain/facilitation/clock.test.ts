import { describe, expect, it } from 'vitest'
import { estimateOffset, serverNow } from '../../../../shared/domain/facilitation/clock'

describe('client clock offset', () => {
  it('puts the server reading halfway through the round trip', () => {
    expect(estimateOffset([{ clientSend: 1000, serverTime: 6050, clientReceive: 1100 }])).toEqual({ offsetMs: 5000, rttMs: 100 })
  })

  it('trusts the sample with the shortest round trip', () => {
    const est = estimateOffset([
      { clientSend: 0, serverTime: 5400, clientReceive: 600 },
      { clientSend: 1000, serverTime: 6010, clientReceive: 1020 },
      { clientSend: 2000, serverTime: 7300, clientReceive: 2300 },
    ])
    expect(est).toEqual({ offsetMs: 5000, rttMs: 20 })
  })

  it.each([
    ['no samples', []],
    ['only a sample whose clock went backwards', [{ clientSend: 100, serverTime: 5, clientReceive: 50 }]],
    ['only a non-finite sample', [{ clientSend: 0, serverTime: Number.NaN, clientReceive: 10 }]],
  ])('gives no estimate from %s', (_, samples) => {
    expect(estimateOffset(samples)).toBeNull()
  })

  it('turns a client reading into server time (unchanged without an estimate)', () => {
    expect(serverNow(1000, { offsetMs: -250, rttMs: 10 })).toBe(750)
    expect(serverNow(1000, null)).toBe(1000)
  })
})
