/**
 * An item's optional evidence link: shown as a link, edited in a small field that saves on Enter or
 * when focus leaves it. Only http(s) URLs are stored, so the link is always safe to render.
 */
import { useEffect, useId, useState } from 'react'
import { setSwotEvidenceLink } from '../../../../shared/doc/swot'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { useBoard } from './board-context'
import { safeHref } from '../../../../shared/text/safe-href'

export function EvidenceLink({ item, label }: { readonly item: SwotItem; readonly label: string }) {
  const b = useBoard()
  const id = useId()
  const [value, setValue] = useState(item.evidenceLink ?? '')
  const [error, setError] = useState<string>()
  // someone else changed the link: show theirs unless this person is mid-edit with an error
  useEffect(() => setValue(item.evidenceLink ?? ''), [item.evidenceLink])

  const save = () => {
    const next = value.trim()
    if (next === (item.evidenceLink ?? '')) return setError(undefined)
    const r = setSwotEvidenceLink(b.doc, b.boardId, item.id, next === '' ? null : next)
    if (r.ok) {
      setError(undefined)
      b.announce(next === '' ? `Evidence link removed from ${label}.` : `Evidence link saved for ${label}.`)
    } else setError('Enter a full web address starting with https:// (or leave it empty).')
  }

  if (!b.canEdit)
    return safeHref(item.evidenceLink) ? (
      <p className="small">
        <a href={safeHref(item.evidenceLink)} target="_blank" rel="noreferrer noopener">
          Evidence link
        </a>
      </p>
    ) : null

  return (
    <div className="swot-link">
      <label htmlFor={id} className="small">
        Evidence link <span className="muted">(optional)</span>
      </label>
      <div className="row">
        <input
          id={id}
          type="url"
          inputMode="url"
          value={value}
          placeholder="https://…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => setValue(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
        />
        {safeHref(item.evidenceLink) && (
          <a href={safeHref(item.evidenceLink)} target="_blank" rel="noreferrer noopener" className="small" aria-label={`Open the evidence link for ${label}`}>
            Open
          </a>
        )}
      </div>
      {error && (
        <p id={`${id}-err`} className="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
