/**
 * Synthesis-board moves built on shared/doc/synthesis.ts: add a card at the end of its cell
 * (creating the role's perspective column when needed) and promote a breakout note with provenance.
 */
import type * as Y from 'yjs'
import { addCard, addPerspective, addTopic, readSynthesis, type Provenance, type SynthesisBoard, type SynthesisColumn, type SynthesisTopic } from './synthesis'
import { keyBetween } from './fractional-index'
import { ORIGINS } from './origin'
import { roleLabel } from '../auth/roles'
import { newId } from '../ids'

export function cardsIn(topic: SynthesisTopic, column: SynthesisColumn) {
  return column.kind === 'perspective' ? (topic.perspectives[column.role] ?? []) : topic[column.kind]
}

/**
 * What a card's provenance line says: its group (as named when promoted) and round, and the roles
 * that voiced it — without repeating a role the column or the group's name already says.
 */
export function provenanceText(p: Provenance, column: SynthesisColumn, currentGroupName?: string): string {
  const group = p.groupName ?? currentGroupName ?? (p.groupId ? 'a breakout group' : undefined)
  const where = group ? `From ${group}${p.round !== undefined ? ` (round ${p.round})` : ''}` : 'Added in the room'
  const said = new Set([column.kind === 'perspective' ? roleLabel(column.role) : '', ...(group ? [group] : [])].map((s) => s.toLowerCase()).filter(Boolean))
  const roles = [...new Set(p.roles.map(roleLabel))].filter((r) => ![...said].some((s) => s.includes(r.toLowerCase()) || r.toLowerCase().includes(s)))
  return roles.length > 0 ? `${where} · ${roles.join(', ')}` : where
}

export function columnLabel(column: SynthesisColumn): string {
  return column.kind === 'agreement' ? 'Agreement' : column.kind === 'disagreement' ? 'Disagreement' : `${roleLabel(column.role)} perspective`
}

export function newTopic(doc: Y.Doc, board: SynthesisBoard, title: string): string {
  const id = newId()
  addTopic(doc, { id, title, order: keyBetween(board.topics.at(-1)?.order ?? null, null) })
  return id
}

export function ensurePerspective(doc: Y.Doc, board: SynthesisBoard, role: string): void {
  if (board.perspectives.some((p) => p.role === role)) return
  addPerspective(doc, { role, label: roleLabel(role), order: keyBetween(board.perspectives.at(-1)?.order ?? null, null) })
}

export interface NewCardInput {
  readonly topicId: string
  readonly column: SynthesisColumn
  readonly text: string
  readonly roles: readonly string[]
  readonly groupId?: string
  readonly groupName?: string
  readonly round?: number
  /** omitted for authorless cards (anonymous mode, or by choice) */
  readonly authorId?: string
}

export function addCardAtEnd(doc: Y.Doc, input: NewCardInput): string {
  const board = readSynthesis(doc)
  const id = newId()
  const topic = board.topics.find((t) => t.id === input.topicId)
  const last = topic ? cardsIn(topic, input.column).at(-1)?.order ?? null : null
  doc.transact(() => {
    if (input.column.kind === 'perspective') ensurePerspective(doc, board, input.column.role)
    addCard(doc, {
      id, topicId: input.topicId, column: input.column, text: input.text,
      provenance: {
        roles: [...input.roles],
        ...(input.groupId !== undefined ? { groupId: input.groupId } : {}),
        ...(input.groupName !== undefined ? { groupName: input.groupName } : {}),
        ...(input.round !== undefined ? { round: input.round } : {}),
      },
      ...(input.authorId !== undefined ? { authorId: input.authorId } : {}),
      order: keyBetween(last, null),
    })
  }, ORIGINS.localUser)
  return id
}
