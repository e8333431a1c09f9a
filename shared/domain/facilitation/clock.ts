/**
 * Estimate how far the server clock is ahead of this client's clock, NTP-style: for each ping the
 * server's reading is assumed to sit halfway through the round trip, and the sample with the
 * shortest round trip wins because it has the least room for asymmetric delay.
 */

export interface ClockSample {
  /** client clock when the request left */
  readonly clientSend: number
  /** server clock when it answered */
  readonly serverTime: number
  /** client clock when the answer arrived */
  readonly clientReceive: number
}

export interface ClockOffset {
  /** add to the client clock to get the server clock */
  readonly offsetMs: number
  /** round trip of the chosen sample; the estimate is good to about ± rttMs / 2 */
  readonly rttMs: number
}

/** null when there is no usable sample (none, or all with a negative or non-finite round trip). */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockOffset | null = null
  for (const s of samples) {
    const rttMs = s.clientReceive - s.clientSend
    // a negative round trip means the client clock jumped mid-ping; the sample says nothing
    if (!Number.isFinite(rttMs) || !Number.isFinite(s.serverTime) || rttMs < 0) continue
    if (best === null || rttMs < best.rttMs) best = { offsetMs: s.serverTime - (s.clientSend + s.clientReceive) / 2, rttMs }
  }
  return best
}

export const serverNow = (clientNow: number, offset: ClockOffset | null): number => clientNow + (offset?.offsetMs ?? 0)
