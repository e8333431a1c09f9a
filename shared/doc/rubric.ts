/**
 * Rubric data in the workspace documents. private/<member> `rubric` root: `pick/<el>` → level,
 * `evidence/<el>` → Y.Text. board `rubricTeam` root: `level/<el>` → {level,setBy,setAt}, `evidence/<el>`
 * and `sw/<domain>` → Y.Text. published root: key `rubric` → a zod-checked publication (server-written).
 * Flat keys, never lazily created nested maps, so two writers cannot replace each other's container.
 */
import * as Y from 'yjs'
import { replaceTextMinimally } from './yfields'
import * as z from 'zod'
import type { Rubric } from '../content/rubric-model'
import { restrictToDomains, type RubricPublication } from '../domain/rubric/publication'
import { publishedRubricSchema } from '../domain/rubric/publication-schema'
import type { MemberPicks, Submission, TeamElement, TeamState } from '../domain/rubric/types'
import { err, ok, type Result } from '../result'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot, privateRoot, publishedRoot } from './schema'

/** Element and domain codes become part of map keys, so they must not contain "/". */
const CODE = /^[A-Za-z0-9_-]{1,32}$/
export const PUBLISHED_RUBRIC_KEY = 'rubric'

const key = {
  pick: (el: string) => `pick/${el}`,
  evidence: (el: string) => `evidence/${el}`,
  level: (el: string) => `level/${el}`,
  sw: (domainId: string) => `sw/${domainId}`,
}

const isLevel = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/** Each key holding `prefix…` → [rest of key, value]. */
function entriesWithPrefix(map: Y.Map<unknown>, prefix: string): [string, unknown][] {
  const out: [string, unknown][] = []
  map.forEach((value, k) => {
    if (k.startsWith(prefix)) out.push([k.slice(prefix.length), value])
  })
  return out
}

/**
 * The Y.Text under `k`, created if missing. Two clients creating the same one concurrently would
 * race (one text wins), which is why `ensure…` pre-creates them all when a document is set up.
 */
function textAt(map: Y.Map<unknown>, k: string): Y.Text {
  const existing = map.get(k)
  if (existing instanceof Y.Text) return existing
  const text = new Y.Text()
  map.set(k, text)
  return text
}

/** `textAt` as its own named mutation, for callers outside a transaction. */
function textIn(doc: Y.Doc, map: Y.Map<unknown>, k: string, origin: TransactionOrigin): Y.Text {
  const existing = map.get(k)
  if (existing instanceof Y.Text) return existing
  let text = new Y.Text()
  doc.transact(() => (text = textAt(map, k)), origin)
  return text
}

export { replaceTextMinimally }

const textValue = (v: unknown): string => (v instanceof Y.Text ? v.toString() : '')

// ── private/<member>: one member's picks and evidence ─────────────────────────────────────────

export function ensurePrivateRubric(doc: Y.Doc, rubric: Rubric, origin: TransactionOrigin = ORIGINS.template): void {
  const root = privateRoot(doc, 'rubric')
  doc.transact(() => {
    for (const d of rubric.domains)
      for (const p of d.practices) for (const e of p.elements) textAt(root, key.evidence(e.id))
  }, origin)
}

export function setPick(
  doc: Y.Doc,
  elementId: string,
  level: number | null,
  origin: TransactionOrigin = ORIGINS.localUser,
): Result<void, string> {
  if (!CODE.test(elementId)) return err(`invalid element id "${elementId}"`)
  if (level !== null && !isLevel(level)) return err(`invalid level ${String(level)}`)
  const root = privateRoot(doc, 'rubric')
  doc.transact(() => (level === null ? root.delete(key.pick(elementId)) : root.set(key.pick(elementId), level)), origin)
  return ok(undefined)
}

/** The live evidence text for an element, for binding to an editor. */
export function evidenceText(doc: Y.Doc, elementId: string, origin: TransactionOrigin = ORIGINS.localUser): Y.Text {
  return textIn(doc, privateRoot(doc, 'rubric'), key.evidence(elementId), origin)
}

export function setEvidence(
  doc: Y.Doc,
  elementId: string,
  value: string,
  origin: TransactionOrigin = ORIGINS.localUser,
): Result<void, string> {
  if (!CODE.test(elementId)) return err(`invalid element id "${elementId}"`)
  const root = privateRoot(doc, 'rubric')
  doc.transact(() => replaceTextMinimally(textAt(root, key.evidence(elementId)), value), origin)
  return ok(undefined)
}

/** elementId → level; anything that is not a non-negative integer is left out (documents are untrusted). */
export function readPicks(doc: Y.Doc): MemberPicks {
  const picks: Record<string, number> = {}
  for (const [el, v] of entriesWithPrefix(privateRoot(doc, 'rubric'), 'pick/')) if (isLevel(v)) picks[el] = v
  return picks
}

/** Picks plus non-empty evidence — what the server aggregates from each private document. */
export function readSubmission(doc: Y.Doc): Submission {
  const evidence: Record<string, string> = {}
  for (const [el, v] of entriesWithPrefix(privateRoot(doc, 'rubric'), 'evidence/')) {
    const text = textValue(v)
    if (text.trim() !== '') evidence[el] = text
  }
  return { picks: readPicks(doc), evidence }
}

// ── board: team consensus ──────────────────────────────────────────────────────────────────────

export function ensureRubricTeam(doc: Y.Doc, rubric: Rubric, origin: TransactionOrigin = ORIGINS.template): void {
  const root = boardRoot(doc, 'rubricTeam')
  doc.transact(() => {
    for (const d of rubric.domains) {
      textAt(root, key.sw(d.id))
      for (const p of d.practices) for (const e of p.elements) textAt(root, key.evidence(e.id))
    }
  }, origin)
}

export type TeamLevelError = 'invalid-element' | 'invalid-level' | 'evidence-required'

/** Lock (or clear, with null) the team level; a level is refused while the element has no team evidence. */
export function setTeamLevel(
  doc: Y.Doc,
  elementId: string,
  level: number | null,
  by: string,
  at: number,
  origin: TransactionOrigin = ORIGINS.localUser,
): Result<void, TeamLevelError> {
  if (!CODE.test(elementId)) return err('invalid-element')
  const root = boardRoot(doc, 'rubricTeam')
  if (level === null) {
    doc.transact(() => root.delete(key.level(elementId)), origin)
    return ok(undefined)
  }
  if (!isLevel(level)) return err('invalid-level')
  if (textValue(root.get(key.evidence(elementId))).trim() === '') return err('evidence-required')
  doc.transact(() => root.set(key.level(elementId), { level, setBy: by, setAt: at }), origin)
  return ok(undefined)
}

export function teamEvidenceText(doc: Y.Doc, elementId: string, origin: TransactionOrigin = ORIGINS.localUser): Y.Text {
  return textIn(doc, boardRoot(doc, 'rubricTeam'), key.evidence(elementId), origin)
}

export function setTeamEvidence(doc: Y.Doc, elementId: string, value: string, origin: TransactionOrigin = ORIGINS.localUser): void {
  const root = boardRoot(doc, 'rubricTeam')
  doc.transact(() => replaceTextMinimally(textAt(root, key.evidence(elementId)), value), origin)
}

/** The live "Strengths and Weaknesses in …" text of a domain. */
export function strengthsWeaknessesText(doc: Y.Doc, domainId: string, origin: TransactionOrigin = ORIGINS.localUser): Y.Text {
  return textIn(doc, boardRoot(doc, 'rubricTeam'), key.sw(domainId), origin)
}

export function setStrengthsWeaknesses(doc: Y.Doc, domainId: string, value: string, origin: TransactionOrigin = ORIGINS.localUser): void {
  const root = boardRoot(doc, 'rubricTeam')
  doc.transact(() => replaceTextMinimally(textAt(root, key.sw(domainId)), value), origin)
}

const storedLevel = z.object({ level: z.number().int().min(0), setBy: z.string(), setAt: z.number() })

export function readTeam(doc: Y.Doc): TeamState {
  const root = boardRoot(doc, 'rubricTeam')
  const elements: Record<string, TeamElement> = {}
  const blank = (): TeamElement => ({ level: null, evidence: '', setBy: null, setAt: null })
  for (const [el, v] of entriesWithPrefix(root, 'evidence/')) elements[el] = { ...blank(), evidence: textValue(v) }
  for (const [el, v] of entriesWithPrefix(root, 'level/')) {
    const parsed = storedLevel.safeParse(v)
    if (parsed.success) elements[el] = { ...(elements[el] ?? blank()), ...parsed.data }
  }
  const strengthsWeaknesses: Record<string, string> = {}
  for (const [d, v] of entriesWithPrefix(root, 'sw/')) strengthsWeaknesses[d] = textValue(v)
  return { elements, strengthsWeaknesses }
}

// ── published: server-written results ─────────────────────────────────────────────────────────

export type PublishedRubric = { readonly revealedDomains: readonly string[]; readonly publication: RubricPublication }

/** Server only: publish the results of the revealed domains (replacing what was there). */
export function writePublishedRubric(doc: Y.Doc, publication: RubricPublication, revealedDomains: readonly string[]): void {
  const value: PublishedRubric = { revealedDomains, publication: restrictToDomains(publication, revealedDomains) }
  // A plain JSON copy: Yjs keeps a reference to stored objects, and the caller may reuse theirs.
  doc.transact(() => publishedRoot(doc).set(PUBLISHED_RUBRIC_KEY, JSON.parse(JSON.stringify(value))), ORIGINS.server)
}

export function clearPublishedRubric(doc: Y.Doc): void {
  doc.transact(() => publishedRoot(doc).delete(PUBLISHED_RUBRIC_KEY), ORIGINS.server)
}

/** ok(null) before anything is published; an error (not null) when the content is malformed. */
export function readPublishedRubric(doc: Y.Doc): Result<PublishedRubric | null, string> {
  const raw = publishedRoot(doc).get(PUBLISHED_RUBRIC_KEY)
  if (raw === undefined) return ok(null)
  const parsed = publishedRubricSchema.safeParse(raw)
  return parsed.success ? ok(parsed.data) : err(`malformed published rubric: ${parsed.error.message}`)
}
