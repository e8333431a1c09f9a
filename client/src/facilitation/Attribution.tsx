/** A deck's attribution line (CC BY requires it for Tool B; the other seeds deserve it). */
import { DECKS, type DeckId } from '../../../shared/domain/facilitation/decks'

export function Attribution({ deck }: { deck: DeckId }) {
  const a = DECKS[deck].attribution
  return (
    <p className="attribution small muted">
      <cite>{a.title}</cite>. {a.source} {a.licence}
    </p>
  )
}
