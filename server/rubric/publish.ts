/**
 * Reveal and reopen as server actions. The server reads every scorer's private document, builds the
 * publication in the control document's anonymity mode, writes it to `published` (members read, only
 * the server writes) and then marks the revealed domains in `control`. Anonymous publications are
 * built by the pure domain layer, whose rows carry no member id; nothing attributed is written.
 */
import type { Rubric } from '../../shared/content/rubric-model'
import { readControl, setRubricReveal } from '../../shared/doc/control'
import { ORIGINS } from '../../shared/doc/origin'
import { clearPublishedRubric, writePublishedRubric } from '../../shared/doc/rubric'
import { buildPublication } from '../../shared/domain/rubric/publication'
import type { RandomFn } from '../../shared/random'
import type { AnonymityMode } from '../../shared/domain/facilitation/control-state'
import { err, ok, type Result } from '../../shared/result'
import type { ServerDocs } from '../docs/server-docs'
import type { MemberRow, StorageError } from '../storage/types'
import { readSubmissions, submitted } from './submissions'

export type PublishOutcome = {
  readonly revealedDomains: readonly string[]
  readonly mode: AnonymityMode
  readonly memberCount: number
  /** members whose private document could not be read (left out) */
  readonly skipped: readonly string[]
}

export type RevealState = { readonly revealedDomains: readonly string[]; readonly mode: AnonymityMode }

export async function revealState(docs: ServerDocs, workspaceId: string): Promise<Result<RevealState, StorageError>> {
  return docs.read(workspaceId, { kind: 'control' }, (doc) => {
    const control = readControl(doc)
    return { revealedDomains: control.revealedDomains, mode: control.anonymity }
  })
}

/** Domain ids in rubric order, unknown ids dropped. */
export function inDomainOrder(rubric: Rubric, ids: Iterable<string>): string[] {
  const wanted = new Set(ids)
  return rubric.domains.map((d) => d.id).filter((id) => wanted.has(id))
}

/**
 * Recomputes the publication for exactly `revealed` (possibly none) from the private documents as they
 * are now, then makes control say the same. Published is written first, so a client that sees a domain
 * marked revealed always finds its results.
 */
export async function publish(
  docs: ServerDocs,
  rubric: Rubric,
  workspaceId: string,
  members: readonly MemberRow[],
  revealed: readonly string[],
  random: RandomFn,
): Promise<Result<PublishOutcome, StorageError>> {
  const state = await revealState(docs, workspaceId)
  if (!state.ok) return state
  const domains = inDomainOrder(rubric, revealed)
  const all = await readSubmissions(docs, rubric, workspaceId, members)
  const submissions = submitted(all.submissions)
  const mode = state.value.mode
  const wrote = await docs.write(workspaceId, { kind: 'published' }, (doc) => {
    if (domains.length === 0) clearPublishedRubric(doc)
    else writePublishedRubric(doc, buildPublication(rubric, submissions, mode, random), domains)
  })
  if (!wrote.ok) return err(wrote.error)
  const keep = new Set(domains)
  const marked = await docs.write(workspaceId, { kind: 'control' }, (doc) => {
    // compared with the document as it is now, so only real changes are written
    const current = new Set(readControl(doc).revealedDomains)
    for (const d of rubric.domains) if (current.has(d.id) !== keep.has(d.id)) setRubricReveal(doc, d.id, keep.has(d.id), ORIGINS.server)
  })
  if (!marked.ok) return err(marked.error)
  return ok({ revealedDomains: domains, mode, memberCount: Object.keys(submissions).length, skipped: all.skipped.map((m) => m.displayName) })
}
