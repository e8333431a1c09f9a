/**
 * A breakout group's notes in its `group/<id>` document (`boardRoot(doc,'notes')`, flat keys
 * `gnote/<id>`): each note is a Y.Map with a Y.Text, the section it sits in (seed 004's group
 * output — themes, challenges, recommendations — or a SWOT quadrant), its author's stakeholder role,
 * and, once rolled up into the room, the synthesis card it became. Remote data: parsed on read.
 */
import * as Y from 'yjs'
import { GROUP_OUTPUT_SECTIONS } from '../../../../shared/content/symposium'
import { QUADRANT_INFO, SWOT_QUADRANTS } from '../../../../shared/content/swot-prompts'
import { byOrderThenId } from '../../../../shared/doc/fractional-index'
import { ORIGINS } from '../../../../shared/doc/origin'
import { boardRoot } from '../../../../shared/doc/schema'

const PREFIX = 'gnote/'
const local = ORIGINS.localUser

export const NOTE_SECTIONS = [
  ...GROUP_OUTPUT_SECTIONS.map((s) => ({ id: s.id, title: s.title, area: 'output' as const, hint: '' })),
  ...SWOT_QUADRANTS.map((q) => ({ id: q, title: QUADRANT_INFO[q].label, area: 'swot' as const, hint: QUADRANT_INFO[q].hint })),
] as const
export type NoteSectionId = (typeof NOTE_SECTIONS)[number]['id']
const SECTION_IDS = new Set<string>(NOTE_SECTIONS.map((s) => s.id))

export interface GroupNote {
  readonly id: string
  readonly section: NoteSectionId
  readonly text: string
  /** stakeholder role of whoever wrote it (a role, never a name) */
  readonly role: string
  readonly authorId?: string
  readonly order: string
  /** synthesis card id once promoted */
  readonly promotedTo?: string
}

export const notesRoot = (doc: Y.Doc): Y.Map<unknown> => boardRoot(doc, 'notes')
const isSection = (v: unknown): v is NoteSectionId => typeof v === 'string' && SECTION_IDS.has(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export function addNote(doc: Y.Doc, note: { id: string; section: NoteSectionId; text: string; role: string; authorId?: string; order: string }): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    m.set('section', note.section)
    m.set('text', new Y.Text(note.text))
    m.set('role', note.role)
    if (note.authorId !== undefined) m.set('authorId', note.authorId)
    m.set('order', note.order)
    notesRoot(doc).set(PREFIX + note.id, m)
  }, local)
}

export function removeNote(doc: Y.Doc, id: string): void {
  doc.transact(() => notesRoot(doc).delete(PREFIX + id), local)
}

export function markPromoted(doc: Y.Doc, id: string, cardId: string): void {
  const m = notesRoot(doc).get(PREFIX + id)
  if (m instanceof Y.Map) doc.transact(() => m.set('promotedTo', cardId), local)
}

export function noteText(doc: Y.Doc, id: string): Y.Text | undefined {
  const m = notesRoot(doc).get(PREFIX + id)
  const t = m instanceof Y.Map ? m.get('text') : undefined
  return t instanceof Y.Text ? t : undefined
}

export function readNotes(doc: Y.Doc): readonly GroupNote[] {
  const out: GroupNote[] = []
  for (const [key, m] of notesRoot(doc).entries()) {
    if (!key.startsWith(PREFIX) || !(m instanceof Y.Map)) continue
    const section = m.get('section')
    const text = m.get('text')
    if (!isSection(section) || !(text instanceof Y.Text)) continue
    const authorId = str(m.get('authorId'))
    const promotedTo = str(m.get('promotedTo'))
    out.push({
      id: key.slice(PREFIX.length), section, text: text.toString(), role: str(m.get('role')) ?? 'other', order: str(m.get('order')) ?? '',
      ...(authorId !== undefined ? { authorId } : {}), ...(promotedTo !== undefined ? { promotedTo } : {}),
    })
  }
  return out.sort(byOrderThenId)
}
