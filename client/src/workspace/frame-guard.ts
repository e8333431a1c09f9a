/**
 * The size limit of the connection a Y.Doc syncs over, where the write paths can find it: the
 * whiteboard binding and the shared text field ask `frameGuardOf(doc)` before writing, so an edit
 * too large to send is refused before it enters the document (nothing is half-sent, nothing
 * after it is blocked). Registered by DocConnection for the documents it owns.
 */
import type * as Y from 'yjs'
import { editBudget, formatBytes } from '../../../shared/sync/frame-budget'

export interface FrameGuard {
  /** content bytes one local edit may carry */
  readonly editBudget: number
  /** tell the person why their edit did not happen */
  refuse(message: string): void
}

const guards = new WeakMap<Y.Doc, FrameGuard>()

export function guardDoc(doc: Y.Doc, maxFrameBytes: number, refuse: (message: string) => void): void {
  guards.set(doc, { editBudget: editBudget(maxFrameBytes), refuse })
}

/** undefined for a document no connection guards (tests, a detached doc): nothing is refused */
export function frameGuardOf(doc: Y.Doc | null | undefined): FrameGuard | undefined {
  return doc ? guards.get(doc) : undefined
}

export function tooLargeMessage(what: string, bytes: number, budget: number): string {
  return `${what} is too large to share (${formatBytes(bytes)}; one edit may be at most ${formatBytes(budget)}). It was not added.`
}
