/**
 * Deterministic randomness passed in as a function: the same seed gives the same sequence on every
 * client and in tests (groupings, pooled-evidence shuffles, fuzz tests). mulberry32 — small, fast,
 * well distributed, not cryptographic: never for anything secret.
 */

export type RandomFn = () => number

/** A string → 32-bit seed (FNV-1a), so facilitators can use any text ("round 2") as a seed. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function seededRandom(seed: number | string): RandomFn {
  let state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates on a copy; `random` must return values in [0, 1). */
export function shuffled<T>(items: readonly T[], random: RandomFn): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)))
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}
