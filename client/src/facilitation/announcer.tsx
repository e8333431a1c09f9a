/**
 * The workspace's one polite live region (WCAG 4.1.3). `useAnnounce()` speaks a sentence from any
 * board; the facilitator's actions are derived here once, from the `control` and `published`
 * documents, so every board hears them the same way and no board has to wire them itself.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { BOARDS } from '../../../shared/doc/boards'
import { readControl } from '../../../shared/doc/control'
import { readRoundSettings } from '../../../shared/doc/round-settings'
import { controlRoot, publishedRoot } from '../../../shared/doc/schema'
import { readVoteResult } from '../../../shared/doc/vote-results'
import { announcementsFor, type AnnounceNames, type AnnouncedState } from '../../../shared/domain/facilitation/announcements'
import type { DocConnection } from '../workspace/doc-connection'

type Announce = (message: string) => void
export const AnnounceContext = createContext<Announce>(() => {})
export const useAnnounce = (): Announce => useContext(AnnounceContext)

/** The live region's text and the function that changes it; a repeated sentence is still read. */
export function useLiveMessage(): { readonly message: string; readonly announce: Announce } {
  const [message, setMessage] = useState('')
  // a trailing no-break space toggles so the same sentence twice is still a change
  const announce = useCallback((next: string) => setMessage((prev) => (prev === next ? `${next}\u00a0` : next)), [])
  return { message, announce }
}

export function LiveRegion({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  )
}

const NAMES: AnnounceNames = {
  board: (id) => (id in BOARDS ? BOARDS[id as keyof typeof BOARDS].label : 'A board'),
  domain: (id) => {
    const d = LEA_SELF_REFLECTION.domains.find((x) => x.id === id)
    return d ? `domain ${d.id}, ${d.title.text}` : `domain ${id}`
  },
}

function snapshot(control: Y.Doc, published: Y.Doc): AnnouncedState {
  const state = readControl(control)
  const budgets: Record<string, number> = {}
  const results: Record<string, { voters: number; dots: number }> = {}
  for (const round of state.rounds) {
    if (round.kind !== 'vote') continue
    const budget = readRoundSettings(control, round.id)?.vote?.budget
    if (budget !== undefined) budgets[round.id] = budget
    const result = readVoteResult(published, round.id)
    if (result) results[round.id] = { voters: result.voters, dots: Object.values(result.totals).reduce((n, d) => n + d, 0) }
  }
  return { control: state, budgets, results }
}

/** Speaks each facilitator action once it arrives; what was already so when this person came is not news. */
export function useFacilitatorAnnouncements(control: DocConnection, published: DocConnection, announce: Announce): void {
  useEffect(() => {
    let last = snapshot(control.doc, published.doc)
    const onChange = () => {
      const next = snapshot(control.doc, published.doc)
      // before both documents have synced, a change is this person catching up, not news
      const said = control.current.synced && published.current.synced ? announcementsFor(last, next, NAMES) : []
      // one change may say several things (a vote closing and its results): one message, in order
      if (said.length > 0) announce(said.join(' '))
      last = next
    }
    const roots = [controlRoot(control.doc), publishedRoot(published.doc)]
    roots.forEach((r) => r.observeDeep(onChange))
    return () => roots.forEach((r) => r.unobserveDeep(onChange))
  }, [control, published, announce])
}
