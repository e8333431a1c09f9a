/**
 * Systemic root causes (seed 002 step 2b: "a systemic root cause that contributes to multiple
 * performance trends"): a cause is automatically systemic when copies sharing its `sharedKey` sit
 * under two or more heads (diagrams). A manual tag overrides the automatic answer either way.
 */
import type { Cause, FishboneState } from '../../doc/fishbone-read'

export interface SystemicInfo {
  /** what to show and snapshot */
  readonly systemic: boolean
  /** the automatic answer, before any manual override */
  readonly automatic: boolean
  /** every diagram this cause appears in (itself included), sorted */
  readonly fishboneIds: readonly string[]
}

/** Builds the shared-key index once; the returned lookup is cheap per cause. */
export function systemicIndex(state: FishboneState): (cause: Cause) => SystemicInfo {
  const heads = new Map<string, Set<string>>()
  for (const f of state.fishbones)
    for (const c of f.causes) {
      const set = heads.get(c.sharedKey) ?? new Set<string>()
      set.add(f.id)
      heads.set(c.sharedKey, set)
    }
  return (cause) => {
    const fishboneIds = [...(heads.get(cause.sharedKey) ?? [cause.fishboneId])].sort()
    const automatic = fishboneIds.length >= 2
    const systemic = cause.systemicOverride === undefined ? automatic : cause.systemicOverride === 'yes'
    return { systemic, automatic, fishboneIds }
  }
}
