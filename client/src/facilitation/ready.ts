/**
 * Members' "ready" marks ride in the board document's awareness (field `ready`): members cannot
 * write `control`, and a mark means nothing once the phase moves on (see domain/facilitation/phases.ts).
 */
import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import * as z from 'zod'
import { readyMembers, type PhaseCursor, type ReadyMark } from '../../../shared/domain/facilitation/phases'

export const READY_FIELD = 'ready'
const Mark = z.object({ memberId: z.string(), epoch: z.number().int().nonnegative() })

export function setReady(awareness: Awareness, mark: ReadyMark | null): void {
  awareness.setLocalStateField(READY_FIELD, mark ? { ...mark } : null)
}

/** Peer awareness is remote data: parsed, and anything odd counts as "not ready". */
export function readMarks(awareness: Awareness): ReadyMark[] {
  const marks: ReadyMark[] = []
  for (const state of awareness.getStates().values()) {
    const parsed = Mark.safeParse((state as Record<string, unknown>)[READY_FIELD])
    if (parsed.success) marks.push(parsed.data)
  }
  return marks
}

export function useReadyMembers(awareness: Awareness, cursor: PhaseCursor): ReadonlySet<string> {
  const [marks, setMarks] = useState<readonly ReadyMark[]>(() => readMarks(awareness))
  useEffect(() => {
    const read = () => setMarks(readMarks(awareness))
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [awareness])
  return readyMembers(marks, cursor)
}
