/**
 * Holds what other instances send for a document while it is still loading, then delivers it in
 * arrival order and forwards everything after. Updates already in the loaded log are ignored by seq.
 */
import type { DocLinkHandlers } from './fanout'

export class Inbox {
  private target: DocLinkHandlers | undefined
  private readonly held: ((h: DocLinkHandlers) => void)[] = []

  readonly handlers: DocLinkHandlers = {
    onUpdate: (seq, update) => this.pass((h) => h.onUpdate(seq, update)),
    onAwareness: (instanceId, update) => this.pass((h) => h.onAwareness(instanceId, update)),
    onAwarenessQuery: () => this.pass((h) => h.onAwarenessQuery()),
    onInstanceGone: (instanceId) => this.pass((h) => h.onInstanceGone(instanceId)),
    onPossiblyMissed: () => this.pass((h) => h.onPossiblyMissed()),
  }

  deliverTo(target: DocLinkHandlers): void {
    this.target = target
    for (const deliver of this.held.splice(0)) deliver(target)
  }

  private pass(deliver: (h: DocLinkHandlers) => void): void {
    if (this.target) deliver(this.target)
    else this.held.push(deliver)
  }
}
