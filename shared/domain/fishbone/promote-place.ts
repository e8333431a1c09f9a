/**
 * Where a 5 Whys chain's deepest answer goes when promoted to a cause, by default. A chain started
 * from a cause drills into that cause, so its answer becomes a sub-cause under it — not a new
 * top-level cause on the first bone. A chain started elsewhere goes to the first bone of the
 * fishbone the view suggests (or the first fishbone).
 */
import type { Fishbone } from '../../doc/fishbone-read'
import type { WhysAttachment } from '../../doc/whys'

export type PromotePlace =
  | { readonly kind: 'bone'; readonly fishboneId: string; readonly boneId: string }
  | { readonly kind: 'under'; readonly fishboneId: string; readonly boneId: string; readonly parentId: string; readonly parentText: string }

export function defaultPromotePlace(attached: WhysAttachment | undefined, fishbones: readonly Fishbone[], suggestedFishboneId?: string): PromotePlace | undefined {
  if (attached?.kind === 'cause') {
    const f = fishbones.find((x) => x.id === attached.fishboneId)
    const cause = f?.causes.find((c) => c.id === attached.causeId)
    if (f && cause) return { kind: 'under', fishboneId: f.id, boneId: cause.boneId, parentId: cause.id, parentText: cause.text }
  }
  const f = fishbones.find((x) => x.id === suggestedFishboneId) ?? fishbones[0]
  const bone = f?.bones[0]
  return f && bone ? { kind: 'bone', fishboneId: f.id, boneId: bone.id } : undefined
}

/** The cause a chain was started from, when it is on `fishboneId` and still exists. */
export function parentOnFishbone(attached: WhysAttachment | undefined, fishbones: readonly Fishbone[], fishboneId: string): PromotePlace | undefined {
  const place = defaultPromotePlace(attached, fishbones)
  return place?.kind === 'under' && place.fishboneId === fishboneId ? place : undefined
}
