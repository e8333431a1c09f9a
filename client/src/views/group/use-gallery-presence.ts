/**
 * Where people are on the gallery walk: each member's awareness carries the group board they are
 * looking at (`galleryGroup`, set while on the gallery board). Remote data: parsed on read.
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'

const FIELD = 'galleryGroup'

/** Publishes which group this member is visiting; cleared when they leave the gallery. */
export function usePublishGalleryGroup(awareness: Awareness, groupId: string | undefined): void {
  useEffect(() => {
    awareness.setLocalStateField(FIELD, groupId ?? null)
    return () => awareness.setLocalStateField(FIELD, null)
  }, [awareness, groupId])
}

/** groupId → names of the members there now, as a stable string key, parsed back for rendering. */
export function useGalleryVisitors(awareness: Awareness): ReadonlyMap<string, readonly string[]> {
  const key = useSyncExternalStore(
    (listener) => {
      awareness.on('change', listener)
      return () => awareness.off('change', listener)
    },
    () => {
      const pairs: string[] = []
      for (const state of awareness.getStates().values()) {
        const s = state as { galleryGroup?: unknown; user?: { name?: unknown } }
        if (typeof s.galleryGroup === 'string' && typeof s.user?.name === 'string') pairs.push(`${s.galleryGroup}\t${s.user.name}`)
      }
      return pairs.sort().join('\n')
    },
  )
  const [visitors, setVisitors] = useState<{ key: string; map: Map<string, string[]> }>({ key: '', map: new Map() })
  if (visitors.key !== key) {
    const map = new Map<string, string[]>()
    for (const line of key ? key.split('\n') : []) {
      const [group = '', name = ''] = line.split('\t')
      map.set(group, [...(map.get(group) ?? []), name])
    }
    setVisitors({ key, map })
  }
  return visitors.map
}
