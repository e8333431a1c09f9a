/**
 * Randomness passed in as a function, so pooled evidence can be shuffled in production and
 * reproduced in tests. `seededRandom` is mulberry32: small, fast, not cryptographic.
 */

export type RandomFn = () => number

export function seededRandom(seed: number): RandomFn {
  let state = seed >>> 0
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
