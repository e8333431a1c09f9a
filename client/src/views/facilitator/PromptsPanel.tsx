/**
 * Coaching prompts for the facilitator: the current phase's Tool B prompts by default, or any deck.
 * A prompt can be marked asked (everyone's panel shows it) or pinned onto the boards, where
 * <PinnedPrompts/> shows it to the whole room.
 */
import { useId, useState } from 'react'
import { markAsked, pinPrompt, unmarkAsked, unpinPrompt } from '../../../../shared/doc/control'
import { keyBetween } from '../../../../shared/doc/fractional-index'
import { currentPhase, PinValue } from '../../../../shared/domain/facilitation/control-state'
import { controlRoot } from '../../../../shared/doc/schema'
import type * as Y from 'yjs'
import { useWorkspace } from '../../workspace/context'
import { Attribution } from '../../facilitation/Attribution'
import { useFacilitation } from '../../facilitation/context'
import { PROMPT_SOURCES, SOURCE_LABELS, decksIn, promptSections, type PromptSource } from './prompt-sections'
import { PromptItem } from './PromptItem'

export function PromptsPanel() {
  const { connection, me } = useWorkspace()
  const { control, clock } = useFacilitation()
  const phase = currentPhase(control)
  // the current phase's prompts unless the facilitator picked a deck (an agenda chosen later shows its phase)
  const [chosenSource, setSource] = useState<PromptSource>()
  const source: PromptSource = chosenSource ?? (phase ? 'phase' : 'toolB')
  const selectId = useId()
  const [query, setQuery] = useState('')
  const searchId = useId()
  const needle = query.trim().toLowerCase()
  const sections = promptSections(source, phase?.prompts ?? [])
    .map((s) => (needle ? { ...s, prompts: s.prompts.filter((p) => p.text.toLowerCase().includes(needle)) } : s))
    .filter((s) => s.prompts.length > 0)
  const doc = connection.control.doc
  const asked = Object.keys(control.asked).length

  const togglePin = (id: string) => {
    if (control.pinned.includes(id)) unpinPrompt(doc, id)
    else pinPrompt(doc, id, keyBetween(lastPinOrder(doc, control.pinned), null))
  }

  return (
    <section className="panel-section" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">Coaching prompts</h2>
      <div className="row wrap">
        <label htmlFor={selectId}>Show prompts from</label>
        <select id={selectId} value={source} onChange={(e) => setSource(e.target.value as PromptSource)} style={{ width: 'auto' }}>
          {PROMPT_SOURCES.map((s) => (
            <option key={s} value={s} disabled={s === 'phase' && !phase}>
              {SOURCE_LABELS[s]}{s === 'phase' && phase ? ` (${phase.title})` : ''}
            </option>
          ))}
        </select>
        <span className="muted small">{asked} asked · {control.pinned.length} pinned</span>
      </div>
      <div className="row">
        <label htmlFor={searchId}>Search prompts</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="a word from the question" />
      </div>
      {sections.length === 0 ? (
        <p className="empty">{needle ? 'No prompt in this list has those words.' : 'This phase lists no prompts. Choose a deck above to browse every question.'}</p>
      ) : (
        sections.map((s) => (
          // decks stay folded (a whole deck is thousands of pixels); a search or the phase's own list opens
          <details key={`${s.heading}:${needle}`} className="prompt-section" open={needle !== '' || source === 'phase'}>
            <summary>
              <h3>
                {s.heading} <span className="muted small">({s.prompts.length})</span>
              </h3>
            </summary>
            <ul className="plain-list">
              {s.prompts.map((p) => (
                <PromptItem key={p.id} prompt={p} asked={p.id in control.asked} pinned={control.pinned.includes(p.id)}
                  onAsked={(on) => (on ? markAsked(doc, p.id, me.id, clock.now()) : unmarkAsked(doc, p.id))}
                  onPin={() => togglePin(p.id)} />
              ))}
            </ul>
          </details>
        ))
      )}
      {decksIn(sections).map((d) => (
        <Attribution key={d} deck={d} />
      ))}
    </section>
  )
}

/** The last pin's order key, so a new pin goes to the end (control.ts stores pins flat as `pin/<id>`). */
function lastPinOrder(doc: Y.Doc, pinned: readonly string[]): string | null {
  const last = pinned.at(-1)
  const parsed = last === undefined ? undefined : PinValue.safeParse(controlRoot(doc).get(`pin/${last}`))
  return parsed?.success ? parsed.data.order : null
}
