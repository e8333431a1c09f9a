/**
 * The common front of every round action: the workspace exists (404 before 401: ids are not secret),
 * the caller is a facilitator, the round id is well formed, and the round's state as the `control`
 * document has it. Actions on one workspace run one at a time, so two reveals cannot interleave.
 */
import type { Request } from 'express'
import { readControl } from '../../shared/doc/control'
import { ID_PATTERN } from '../../shared/doc/names'
import { readRoundSettings, type RoundSettings } from '../../shared/doc/round-settings'
import type { AnonymityMode, Round } from '../../shared/domain/facilitation/control-state'
import { err, ok, type Result } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { fromStorage, type ApiFailure } from '../http/errors'
import type { MemberRow } from '../storage/types'

export interface RoundContext {
  readonly workspaceId: string
  readonly round: Round
  readonly settings: RoundSettings
  readonly anonymity: AnonymityMode
  /** members who take part (observers read but never draft or vote) */
  readonly contributors: readonly MemberRow[]
}

export type { Serialise } from '../http/workspace-queue'

export const takesPart = (m: Pick<MemberRow, 'role'>): boolean => m.role !== 'observer'

/** The round id in the path (the facilitator is authenticated by `memberRoute` before this). */
export function roundIdOf(req: Request): Result<string, ApiFailure> {
  const roundId = req.params.roundId
  if (typeof roundId !== 'string' || !ID_PATTERN.test(roundId)) return err({ kind: 'not-found', message: 'no such round' })
  return ok(roundId)
}

/** Loads the round (inside the queue, so the status it sees is the one it will change). */
export async function loadRound(deps: FeatureDeps, workspaceId: string, roundId: string, kind: Round['kind']): Promise<Result<RoundContext, ApiFailure>> {
  const read = await deps.docs.read(workspaceId, { kind: 'control' }, (doc) => {
    const state = readControl(doc)
    return { round: state.rounds.find((r) => r.id === roundId), settings: readRoundSettings(doc, roundId), anonymity: state.anonymity }
  })
  if (!read.ok) return err(fromStorage(read.error))
  const { round, settings, anonymity } = read.value
  if (!round) return err({ kind: 'not-found', message: `no round "${roundId}"` })
  if (round.kind !== kind) return err({ kind: 'conflict', message: `round "${roundId}" is a ${round.kind} round, not a ${kind} round` })
  if (round.status !== 'open') return err({ kind: 'conflict', message: `round "${roundId}" is already ${round.status}` })
  if (!settings) return err({ kind: 'conflict', message: `round "${roundId}" has no target board` })
  const members = await deps.storage.listMembers(workspaceId)
  if (!members.ok) return err(fromStorage(members.error))
  return ok({ workspaceId, round, settings, anonymity, contributors: members.value.filter(takesPart) })
}
