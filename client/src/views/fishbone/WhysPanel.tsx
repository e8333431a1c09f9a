/**
 * The 5 Whys panel: every chain in the workspace, started from a cause, from a SWOT item (`?why=`),
 * blank, or from the seed's 7th-grade math example; each chain edited in place.
 */
import { useId } from 'react'
import type * as Y from 'yjs'
import { WHYS_DEMO } from '../../../../shared/content/fishbone'
import type { Fishbone, FishboneState } from '../../../../shared/doc/fishbone-read'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { addWhyRow, createWhysChain, deleteWhysChain, loadWhysDemo, promoteWhyToCause, removeWhyRow, type WhysChain } from '../../../../shared/doc/whys'
import { boardErrorText } from './errors'
import { newId } from '../../../../shared/ids'
import { attachmentLabel, chainFor, swotAttachment } from './whys-actions'
import { whyRowId, WhysChainEditor } from './WhysChainEditor'

interface Props {
  readonly doc: Y.Doc
  readonly chains: readonly WhysChain[]
  readonly fishbones: FishboneState
  readonly selected: Fishbone | undefined
  readonly swotItems: ReadonlyMap<string, SwotItem>
  /** a SWOT item id from `?why=` */
  readonly whyItemId: string | undefined
  readonly readOnly: boolean
  readonly authorId: string | undefined
  readonly announce: (message: string) => void
  readonly focus: (domId: string) => void
  readonly onStartSwot: (item: SwotItem) => void
}

export function WhysPanel(p: Props) {
  const { doc, chains, readOnly, announce, focus } = p
  const ids = useId()
  const whyItem = p.whyItemId !== undefined ? p.swotItems.get(p.whyItemId) : undefined
  const whyChain = whyItem && chainFor(chains, swotAttachment(whyItem))
  const start = (make: (id: string) => boolean, message: string) => {
    const id = newId('w')
    if (!make(id)) return announce('The chain could not be started.')
    announce(message)
    focus(whyRowId(id, 1))
  }
  return (
    <section className="fb-whys-panel" aria-labelledby={`${ids}-h`} id="fb-whys">
      <h2 id={`${ids}-h`}>5 Whys</h2>
      <p className="hint">Start from a symptom and keep asking “why?” until you reach something the team can act on; then promote that answer to a cause on a bone.</p>
      {p.whyItemId !== undefined && !whyItem && <p className="error">The SWOT item this link points to is no longer on the board.</p>}
      {whyItem && !whyChain && !readOnly && (
        <button type="button" className="primary" onClick={() => p.onStartSwot(whyItem)}>
          Ask “why?” about the SWOT item “{whyItem.text}”
        </button>
      )}
      {!readOnly && (
        <div className="row wrap">
          <button type="button" onClick={() => start((id) => createWhysChain(doc, { chainId: id, now: Date.now() }).ok, 'New 5 Whys chain started.')}>
            Start a blank 5 Whys
          </button>
          <button type="button" onClick={() => start((id) => loadWhysDemo(doc, id, Date.now()).ok, 'The 7th-grade math example is loaded; edit it freely.')}>
            Load the 7th-grade math example
          </button>
        </div>
      )}
      {chains.length === 0 ? (
        <p className="empty">No 5 Whys chains yet. Start one from a cause (“Ask why five times”), from a SWOT weakness, or load the example to see how it works.</p>
      ) : (
        chains.map((chain) => (
          <WhysChainEditor
            key={chain.id}
            doc={doc}
            chain={chain}
            attachedLabel={attachmentLabel(chain.attachedTo, p.fishbones, p.swotItems) || (chain.symptom === WHYS_DEMO.symptom ? `${WHYS_DEMO.title}: ${WHYS_DEMO.attribution}` : '')}
            fishbones={p.fishbones.fishbones}
            defaultFishboneId={chain.attachedTo?.kind === 'cause' ? chain.attachedTo.fishboneId : p.selected?.id}
            readOnly={readOnly}
            onAddRow={() => {
              const r = addWhyRow(doc, chain.id, newId('r'))
              if (!r.ok) return announce(boardErrorText(r.error))
              focus(whyRowId(chain.id, chain.rows.length + 1))
            }}
            onRemoveRow={(rowId, n) => {
              const r = removeWhyRow(doc, chain.id, rowId)
              announce(r.ok ? `Why ${n} removed. Press Ctrl+Z or Undo to bring it back.` : boardErrorText(r.error))
            }}
            onPromote={(fishboneId, place) => {
              const r = promoteWhyToCause(doc, { chainId: chain.id, fishboneId, causeId: newId('c'), ...place, now: Date.now(), ...(p.authorId && { authorId: p.authorId }) })
              announce(r.ok ? `The last answer is now ${place.parentId ? 'a sub-cause of the cause the chain started from' : 'a cause on the fishbone'}, tagged as a cause.` : boardErrorText(r.error))
            }}
            onDelete={() => {
              const r = deleteWhysChain(doc, chain.id)
              announce(r.ok ? 'Chain deleted. Press Ctrl+Z or Undo to bring it back.' : boardErrorText(r.error))
            }}
          />
        ))
      )}
    </section>
  )
}
