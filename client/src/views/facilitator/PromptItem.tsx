/** One coaching prompt with its "asked" checkbox and pin toggle. */
import { useId } from 'react'
import type { DeckPrompt } from '../../../../shared/domain/facilitation/decks'

interface Props {
  readonly prompt: DeckPrompt
  readonly asked: boolean
  readonly pinned: boolean
  onAsked(on: boolean): void
  onPin(): void
}

export function PromptItem({ prompt, asked, pinned, onAsked, onPin }: Props) {
  const id = useId()
  return (
    <li className={`prompt-item${asked ? ' asked' : ''}`} data-testid="prompt" data-prompt-id={prompt.id}>
      {prompt.group && <span className="prompt-group small muted">{prompt.group}</span>}
      <span className="prompt-text" id={`${id}-text`}>{prompt.text}</span>
      <span className="row">
        <label className="choice small">
          <input type="checkbox" checked={asked} onChange={(e) => onAsked(e.target.checked)} aria-describedby={`${id}-text`} />
          Asked
        </label>
        <button type="button" className="small" aria-pressed={pinned} aria-describedby={`${id}-text`} onClick={onPin}>
          {pinned && <span aria-hidden="true">✓ </span>}Pin to boards
        </button>
      </span>
    </li>
  )
}
