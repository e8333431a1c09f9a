/**
 * Seeds a school's workspace the way its team would: through a stock y-websocket client with the
 * facilitator's token (agreed rubric levels with evidence, tagged root causes, a plan draft), then
 * optionally a snapshot through the REST API. Waits until a second client holds every write, so the
 * server has stored them all.
 */
import * as Y from 'yjs'
import { addCause, promoteToRootCause, tagCause } from '../../shared/doc/fishbone-causes'
import { createFishbone } from '../../shared/doc/fishbone'
import { addPlanItem } from '../../shared/doc/plan'
import { setTeamEvidence, setTeamLevel } from '../../shared/doc/rubric'
import { addStrategy } from '../../shared/plan/mutations'
import type { PracticeCode } from '../../shared/content/fishbone'
import { postJson } from './api'
import { connectSynced } from './sync'
import { waitFor } from './wait'

export type SchoolSpec = {
  readonly levels?: Readonly<Record<string, 0 | 1 | 2 | 3>>
  readonly causes?: readonly { readonly text: string; readonly code: PracticeCode }[]
  readonly strategies?: readonly { readonly priority: string; readonly ifWe: string; readonly then: string; readonly and: string; readonly code: PracticeCode }[]
  readonly snapshot?: boolean
}

function must(r: { ok: boolean }, what: string): void {
  if (!r.ok) throw new Error(`seed: ${what}: ${JSON.stringify(r)}`)
}

export async function seedSchool(base: string, workspaceId: string, facilitatorToken: string, spec: SchoolSpec): Promise<void> {
  const writer = await connectSynced(base, workspaceId, 'board', facilitatorToken)
  const doc = writer.doc
  const now = Date.parse('2026-09-15T10:00:00Z')
  for (const [el, level] of Object.entries(spec.levels ?? {})) {
    setTeamEvidence(doc, el, `Team evidence for ${el}: walkthroughs and the spring survey`)
    must(setTeamLevel(doc, el, level, 'seed', now), `level ${el}`)
  }
  if (spec.causes?.length) {
    must(createFishbone(doc, { fishboneId: 'fish-1', headText: 'Low 7th-grade math', now }), 'fishbone')
    spec.causes.forEach((c, i) => {
      const causeId = `cause-${i + 1}`
      must(addCause(doc, { fishboneId: 'fish-1', causeId, boneId: 'instruction', text: c.text, now }), 'cause')
      must(tagCause(doc, 'fish-1', causeId, { kind: 'cause', actionable: 'yes', practiceCode: c.code }), 'tag')
      must(promoteToRootCause(doc, 'fish-1', causeId), 'promote')
    })
  }
  const priorities = new Map<string, string>()
  spec.strategies?.forEach((s, i) => {
    let pid = priorities.get(s.priority)
    if (!pid) {
      pid = `prio-${priorities.size + 1}`
      priorities.set(s.priority, pid)
      must(addPlanItem(doc, 'priority', { id: pid, texts: { title: s.priority } }), 'priority')
    }
    must(addStrategy(doc, { id: `strat-${i + 1}`, parentId: pid, practiceCode: s.code, texts: { ifWe: s.ifWe, then: s.then, and: s.and } }), 'strategy')
    must(addPlanItem(doc, 'strategyMeasure', { id: `measure-${i + 1}`, parentId: `strat-${i + 1}`, texts: { indicator: '% of lessons observed standards-based', baseline: '26%', target1: '50%', target2: '80%' } }), 'measure')
  })
  // a second client holding everything the writer wrote means the server has stored all of it
  const wrote = Y.encodeStateVector(doc)
  const reader = await connectSynced(base, workspaceId, 'board', facilitatorToken, new Y.Doc())
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])
  await waitFor(() => same(Y.encodeStateVector(reader.doc), wrote), 'the seeded board to reach the server')
  reader.destroy()
  writer.destroy()
  if (spec.snapshot) {
    const res = await postJson(`${base}/api/workspaces/${workspaceId}/snapshots`, { summary: 'Plan the board signed' }, facilitatorToken)
    if (res.status !== 201) throw new Error(`seed snapshot: ${res.status} ${await res.text()}`)
  }
}
