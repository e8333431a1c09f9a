/**
 * For the whiteboard to mount: the facilitator's camera when they brought everyone to the
 * whiteboard and this person still follows — apply it with `editor.setCamera({ x, y, z: zoom })`.
 * Null otherwise (not following, another board, or no camera was shared).
 */
import type { Spotlight } from '../../../shared/domain/facilitation/control-state'
import { useWorkspace } from '../workspace/context'
import { useFacilitation } from './context'

export function useSpotlightViewport(): NonNullable<Spotlight['viewport']> | null {
  const { me } = useWorkspace()
  const { control, following } = useFacilitation()
  const s = control.spotlight
  if (!s || !following || s.board !== 'whiteboard' || s.memberId === me.id) return null
  return s.viewport ?? null
}
