/**
 * An organisation of N schools for the roll-up benchmark, written straight into storage as a
 * school's documents would be: each board holds 37 agreed team levels with evidence, a fishbone of
 * 8 tagged root causes and a plan of 2 priorities × 3 strategies; every second school has a snapshot.
 * Ten board variants (levels, codes) are reused round-robin; each school's rows are its own.
 */
import * as Y from 'yjs'
import { LEA_SELF_REFLECTION } from '../shared/content/lea-self-reflection'
import type { PracticeCode } from '../shared/content/fishbone'
import { createFishbone } from '../shared/doc/fishbone'
import { addCause, promoteToRootCause, tagCause } from '../shared/doc/fishbone-causes'
import { addPlanItem, ensurePlan } from '../shared/doc/plan'
import { ensureRubricTeam, setTeamEvidence, setTeamLevel } from '../shared/doc/rubric'
import { elementIds } from '../shared/domain/rubric/structure'
import { snapshotInputFromBoard } from '../shared/plan/from-board'
import { addStrategy } from '../shared/plan/mutations'
import { snapshotPlan } from '../shared/plan/snapshot'
import type { OrgStore } from '../server/orgs/store'
import type { Storage } from '../server/storage/types'

const CODES: readonly PracticeCode[] = ['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c']

function must(r: { ok: boolean }): void {
  if (!r.ok) throw new Error(`rollup fixture: ${JSON.stringify(r)}`)
}

function boardVariant(v: number): { update: Uint8Array; planJson: string } {
  const doc = new Y.Doc()
  doc.clientID = 100 + v
  ensurePlan(doc)
  ensureRubricTeam(doc, LEA_SELF_REFLECTION)
  elementIds(LEA_SELF_REFLECTION).forEach((el, i) => {
    setTeamEvidence(doc, el, `Walkthrough notes and spring survey item ${i} support this level`)
    must(setTeamLevel(doc, el, (i * 3 + v) % 4, `member-${v}`, 1_700_000_000_000))
  })
  must(createFishbone(doc, { fishboneId: 'fish-1', headText: 'Low 7th-grade math proficiency', now: 1 }))
  for (let c = 0; c < 8; c++) {
    const id = `cause-${c}`
    must(addCause(doc, { fishboneId: 'fish-1', causeId: id, boneId: 'instruction', text: `Cause ${c}: planning time is not protected for grade teams`, now: 1 }))
    must(tagCause(doc, 'fish-1', id, { kind: 'cause', actionable: 'yes', practiceCode: CODES[(c + v) % 12]! }))
    must(promoteToRootCause(doc, 'fish-1', id))
  }
  for (let p = 0; p < 2; p++) {
    must(addPlanItem(doc, 'priority', { id: `prio-${p}`, texts: { title: `Priority ${p + 1}: math instruction` } }))
    for (let s = 0; s < 3; s++) {
      const sid = `strat-${p}-${s}`
      must(addStrategy(doc, { id: sid, parentId: `prio-${p}`, practiceCode: CODES[(p * 3 + s + v) % 12]!, texts: { ifWe: 'coach teachers on explicit instruction', then: 'lessons are standards-based', and: 'students meet growth targets' } }))
      must(addPlanItem(doc, 'strategyMeasure', { id: `m-${sid}`, parentId: sid, texts: { indicator: '% lessons standards-based', baseline: '26%', target1: '50%', target2: '80%' } }))
    }
  }
  const plan = snapshotPlan(snapshotInputFromBoard(doc, { date: '2026-06-01', members: [] }), { now: '2026-06-01T00:00:00Z' })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return { update, planJson: JSON.stringify(plan) }
}

export async function seedOrganisation(storage: Storage, store: OrgStore, schools: number): Promise<string> {
  const variants = Array.from({ length: 10 }, (_, v) => boardVariant(v))
  const orgId = 'bench-org-1'
  const now = '2026-06-01T00:00:00Z'
  const coach = await store.upsertCoach({ id: 'bench-coach', issuer: 'bench', subject: 'coach', email: 'coach@example.org', displayName: 'Bench Coach', createdAt: now })
  if (!coach.ok) throw new Error(coach.error.message)
  must(await store.createOrg({ id: orgId, name: 'Bench district', createdAt: now }, coach.value.id))
  for (let i = 0; i < schools; i++) {
    const id = `bench-ws-${String(i).padStart(4, '0')}`
    const variant = variants[i % variants.length]!
    must(await storage.createWorkspace({ id, title: `School ${i} session`, organisation: `School ${i}`, createdAt: now }, { id: `${id}-f`, workspaceId: id, displayName: 'Facilitator', role: 'facilitator', stakeholderRole: 'principal', tokenHash: `hash-${id}`, joinedAt: now }))
    must(await storage.appendUpdate(`${id}/board`, variant.update))
    if (i % 2 === 0) must(await storage.insertSnapshot({ workspaceId: id, createdAt: now, authorId: `${id}-f`, summary: 'final', planJson: variant.planJson, docState: variant.update }))
    must(await store.attachWorkspace({ workspaceId: id, orgId, school: `School ${i}`, attachedAt: now, attachedBy: coach.value.id }))
  }
  return orgId
}
