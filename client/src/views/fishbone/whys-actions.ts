/** Starting a 5 Whys chain from a cause or a SWOT item: reuse the chain already attached to it, else create one. */
import type * as Y from 'yjs'
import type { Cause, FishboneState } from '../../../../shared/doc/fishbone-read'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { createWhysChain, type WhysAttachment, type WhysChain } from '../../../../shared/doc/whys'
import { newId } from '../../../../shared/ids'

const sameAttachment = (a: WhysAttachment | undefined, b: WhysAttachment): boolean =>
  a !== undefined &&
  (a.kind === 'cause' ? b.kind === 'cause' && a.fishboneId === b.fishboneId && a.causeId === b.causeId : b.kind === 'swot' && a.itemId === b.itemId)

export function chainFor(chains: readonly WhysChain[], attached: WhysAttachment): WhysChain | undefined {
  return chains.find((c) => sameAttachment(c.attachedTo, attached))
}

/** Returns the chain id to focus, or an error message. */
export function startChain(doc: Y.Doc, chains: readonly WhysChain[], attached: WhysAttachment, symptom: string): { id: string; created: boolean } | string {
  const existing = chainFor(chains, attached)
  if (existing) return { id: existing.id, created: false }
  const id = newId('w')
  const r = createWhysChain(doc, { chainId: id, now: Date.now(), attachedTo: attached, symptom })
  return r.ok ? { id, created: true } : 'The chain could not be started.'
}

export const causeAttachment = (c: Cause): WhysAttachment => ({ kind: 'cause', fishboneId: c.fishboneId, causeId: c.id })
export const swotAttachment = (i: SwotItem): WhysAttachment => ({ kind: 'swot', boardId: i.boardId, itemId: i.id })

/** "From the cause … on …" in words, or '' for a free-standing chain. */
export function attachmentLabel(a: WhysAttachment | undefined, fishbones: FishboneState, swotItems: ReadonlyMap<string, SwotItem>): string {
  if (!a) return ''
  if (a.kind === 'swot') {
    const item = swotItems.get(a.itemId)
    return item ? `From the SWOT item “${item.text}”.` : 'From a SWOT item that has since been deleted.'
  }
  const f = fishbones.fishbones.find((x) => x.id === a.fishboneId)
  const c = f?.causes.find((x) => x.id === a.causeId)
  return c && f ? `From the cause “${c.text}” on the fishbone “${f.head.text}”.` : 'From a cause that has since been deleted.'
}
