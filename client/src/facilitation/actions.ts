/**
 * Facilitator moves that combine control mutations: a phase move (followers go to the new board),
 * "bring everyone to me" (with the whiteboard camera when there), and "bring everyone back".
 */
import * as z from 'zod'
import { resolveBoard } from '../../../shared/content/agendas'
import { endBreakouts, movePhase, readControl, setSpotlight, type PhaseMove } from '../../../shared/doc/control'
import { currentPhase, type Spotlight } from '../../../shared/domain/facilitation/control-state'
import { ORIGINS } from '../../../shared/doc/origin'
import type { Result } from '../../../shared/result'
import type { PhaseCursor } from '../../../shared/domain/facilitation/phases'
import type { WorkspaceConnection } from '../workspace/workspace-connection'

/** A phase move clears any spotlight, so the phase's board is where followers go next. */
export function movePhaseAndOpen(connection: WorkspaceConnection, move: PhaseMove): Result<PhaseCursor, string> {
  const moved = movePhase(connection.control.doc, move)
  if (moved.ok && readControl(connection.control.doc).spotlight) setSpotlight(connection.control.doc, null)
  return moved
}

/** tldraw's camera as the whiteboard binding publishes it in awareness (`presence.camera`). */
const Camera = z.object({ presence: z.object({ camera: z.object({ x: z.number(), y: z.number(), z: z.number().positive() }) }) })

/** The facilitator's own whiteboard camera, if the whiteboard is open on this client. */
export function whiteboardViewport(connection: WorkspaceConnection): Spotlight['viewport'] {
  const { conn, release } = connection.open({ kind: 'whiteboard' })
  try {
    const parsed = Camera.safeParse(conn.provider.awareness.getLocalState())
    return parsed.success ? { x: parsed.data.presence.camera.x, y: parsed.data.presence.camera.y, zoom: parsed.data.presence.camera.z } : undefined
  } finally {
    release()
  }
}

export function bringEveryoneTo(connection: WorkspaceConnection, memberId: string, board: string): void {
  const viewport = board === 'whiteboard' ? whiteboardViewport(connection) : undefined
  setSpotlight(connection.control.doc, { memberId, board, ...(viewport ? { viewport } : {}) })
}

/** Ends the round and spotlights the current phase's board (or the default), so everyone returns. */
export function bringEveryoneBack(connection: WorkspaceConnection, memberId: string, boards: ReadonlySet<string>, fallback: string): string {
  const doc = connection.control.doc
  const phase = currentPhase(readControl(doc))
  const board = resolveBoard(phase?.board ?? fallback, boards, fallback)
  // one transaction: followers see the round end and the destination together
  doc.transact(() => {
    endBreakouts(doc)
    setSpotlight(doc, { memberId, board })
  }, ORIGINS.localUser)
  return board
}
