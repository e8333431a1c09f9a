/**
 * The facilitator's controls for the rubric: anonymity, who has finished (names only in named mode,
 * counts only in anonymous mode — the server answers accordingly), reveal one domain or all, reopen.
 */
import { useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import type * as Y from 'yjs'
import type { DomainSelection } from '../../../../shared/api/rubric'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { setAnonymity } from '../../../../shared/doc/control'
import type { AnonymityMode } from '../../../../shared/domain/facilitation/control-state'
import { rubricApi } from './api'
import { ProgressSummary } from './ProgressSummary'
import { useProgress } from './useProgress'

interface Props {
  readonly rubric: Rubric
  readonly workspaceId: string
  readonly token: string
  readonly controlDoc: Y.Doc
  readonly anonymity: AnonymityMode
  readonly revealed: readonly string[]
}

export function FacilitatorPanel({ rubric, workspaceId, token, controlDoc, anonymity, revealed }: Props) {
  const { progress, error, refresh } = useProgress(workspaceId, token)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useStatusLine()
  const titleOf = (id: string) => rubric.domains.find((d) => d.id === id)?.title.text ?? id

  const act = async (kind: 'reveal' | 'reopen', domains: DomainSelection) => {
    setBusy(true)
    setMessage(kind === 'reveal' ? 'Revealing…' : 'Reopening…')
    const r = await (kind === 'reveal' ? rubricApi.reveal : rubricApi.reopen)(workspaceId, token, domains)
    setBusy(false)
    refresh()
    if (!r.ok) return setMessage(`Could not ${kind}: ${r.error.message}`)
    const shown = r.value.revealedDomains.map(titleOf).join(', ') || 'none'
    const skipped = r.value.skipped.length > 0 ? ` Could not read the scores of ${r.value.skipped.join(', ')}: they are left out until they reconnect.` : ''
    setMessage(`${kind === 'reveal' ? 'Revealed' : 'Reopened'}. Results shown for: ${shown} (${r.value.memberCount} people's picks, ${r.value.mode} mode).${skipped}`)
  }

  return (
    <section aria-labelledby="rb-fac-heading" className="rb-facilitator card">
      <h3 id="rb-fac-heading">Facilitator: scoring and reveal</h3>
      <fieldset className="row rb-inline">
        <legend>How results are shared</legend>
        {(['named', 'anonymous'] as const).map((mode) => (
          <label key={mode} className="row">
            <input type="radio" name="rb-anonymity" checked={anonymity === mode} onChange={() => setAnonymity(controlDoc, mode)} />
            {mode === 'named' ? 'Named (who picked what)' : 'Anonymous (counts and pooled evidence only)'}
          </label>
        ))}
      </fieldset>
      {revealed.length > 0 && <p className="hint">A change of mode applies at the next reveal; use “Update results” to apply it now.</p>}
      <ProgressSummary progress={progress} error={error} onRefresh={refresh} />
      <div className="rb-actions">
        <p className="rb-actions-label">Reveal results</p>
        <div className="row rb-wrap">
          {rubric.domains.map((d) => (
            <button key={d.id} type="button" disabled={busy} onClick={() => void act('reveal', [d.id])}>
              {revealed.includes(d.id) ? `Update ${d.title.text}` : `Reveal ${d.title.text}`}
            </button>
          ))}
          <button type="button" className="primary" disabled={busy} onClick={() => void act('reveal', 'all')}>
            {revealed.length === rubric.domains.length ? 'Update results' : 'Reveal all domains'}
          </button>
        </div>
        {revealed.length > 0 && (
          <>
            <p className="rb-actions-label">Reopen individual scoring (withdraws the results until the next reveal)</p>
            <div className="row rb-wrap">
              {revealed.map((id) => (
                <button key={id} type="button" disabled={busy} onClick={() => void act('reopen', [id])}>
                  Reopen {titleOf(id)}
                </button>
              ))}
              <button type="button" disabled={busy} onClick={() => void act('reopen', 'all')}>
                Reopen all
              </button>
            </div>
          </>
        )}
      </div>
      <p className="rb-status">
        {message}
      </p>
    </section>
  )
}
