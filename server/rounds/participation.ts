/**
 * `GET …/rounds/:roundId/participation` — facilitators see who has drafted or voted in a round so
 * far: names and counts in named mode, counts only in anonymous mode. The answer is built on the
 * server from the private documents it alone reads, so no name or id reaches anyone in anonymous
 * mode — not the facilitator either. It tells who took part, never what they wrote or picked.
 */
import { Router } from 'express'
import type { RoundParticipation } from '../../shared/api/rounds'
import { API } from '../../shared/api/routes'
import { readControl } from '../../shared/doc/control'
import { hasContent, readDrafts } from '../../shared/doc/drafts'
import { votesIn } from '../../shared/doc/votes'
import { participation } from '../../shared/domain/participation'
import { err, ok } from '../../shared/result'
import { readEachPrivate } from '../docs/read-private'
import type { FeatureDeps } from '../features'
import { fromStorage } from '../http/errors'
import { roundIdOf } from './request'

/** Drafts with something in them, or dots placed: what "has taken part" means for each kind. */
const ACTIVITY = {
  brainstorm: (doc: Parameters<typeof readDrafts>[0], roundId: string) => readDrafts(doc, roundId).filter(hasContent).length,
  vote: (doc: Parameters<typeof votesIn>[0], roundId: string) => Object.values(votesIn(doc, roundId)).reduce((a, b) => a + b, 0),
} as const

export function participationRoutes(deps: FeatureDeps): Router {
  const router = Router()
  router.get(
    API.roundParticipation,
    deps.memberRoute(['facilitator'], async ({ req, workspace }) => {
      const roundId = roundIdOf(req)
      if (!roundId.ok) return roundId
      const control = await deps.docs.read(workspace.id, { kind: 'control' }, (doc) => {
        const state = readControl(doc)
        return { round: state.rounds.find((r) => r.id === roundId.value), anonymity: state.anonymity }
      })
      if (!control.ok) return err(fromStorage(control.error))
      const { round, anonymity } = control.value
      if (!round) return err({ kind: 'not-found', message: `no round "${roundId.value}"` })
      const members = await deps.storage.listMembers(workspace.id)
      if (!members.ok) return err(fromStorage(members.error))
      const takers = members.value.filter((m) => m.role !== 'observer')
      const measure = ACTIVITY[round.kind]
      const read = await readEachPrivate(deps.docs, workspace.id, takers, (doc) => measure(doc, round.id))
      const summary = participation(takers, Object.fromEntries(read.values), anonymity)
      // anonymous: built field by field from counts, so nothing else can ride along
      const body: RoundParticipation =
        summary.mode === 'anonymous'
          ? { mode: 'anonymous', kind: round.kind, status: round.status, expected: summary.expected, done: summary.done }
          : { ...summary, members: [...summary.members], kind: round.kind, status: round.status }
      return ok({ body })
    }),
  )
  return router
}
