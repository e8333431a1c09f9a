/**
 * The whiteboard camera of the person this member follows, read from the whiteboard document's
 * awareness (tldraw's presence record, `presence.camera`). Peer awareness is remote data: parsed,
 * and anything odd counts as "no camera". Re-renders only when that camera moves.
 */
import { useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import * as z from 'zod'

export interface Camera {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

const Peer = z.object({
  user: z.object({ id: z.string() }).optional(),
  presence: z.object({ userId: z.string().optional(), camera: z.object({ x: z.number(), y: z.number(), z: z.number().positive() }) }),
})

function cameraOf(awareness: Awareness, leaderId: string): string {
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue
    const peer = Peer.safeParse(state)
    if (!peer.success) continue
    // the server signs `user`; tldraw's own userId is the fallback
    if ((peer.data.user?.id ?? peer.data.presence.userId) !== leaderId) continue
    const { x, y, z: zoom } = peer.data.presence.camera
    return `${x},${y},${zoom}`
  }
  return ''
}

export function useLeaderCamera(awareness: Awareness, leaderId: string | undefined): Camera | null {
  const key = useSyncExternalStore(
    (listener) => {
      awareness.on('change', listener)
      return () => awareness.off('change', listener)
    },
    () => (leaderId ? cameraOf(awareness, leaderId) : ''),
  )
  if (!key) return null
  const [x = 0, y = 0, zoom = 1] = key.split(',').map(Number)
  return { x, y, zoom }
}
