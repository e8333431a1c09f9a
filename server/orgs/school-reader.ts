/**
 * Reads what the roll-ups may see of a workspace — its `board` and `control` documents, straight
 * from storage (every committed update is there: append before relay) — never a private document.
 * Results are cached per workspace and reused while neither document has a new row, so a portfolio
 * of hundreds of schools re-reads only the boards that changed.
 */
import * as Y from 'yjs'
import { readControl } from '../../shared/doc/control'
import { roomName } from '../../shared/doc/names'
import { phaseReached, type Phase } from '../../shared/domain/portfolio/phase'
import { schoolData, type SchoolData } from '../../shared/domain/portfolio/school'
import { snapshotInputFromBoard } from '../../shared/plan/from-board'
import { err, ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'

export type SchoolRead = {
  readonly data: SchoolData
  /** id and title of each priority in the draft: where a copied strategy can go */
  readonly priorities: readonly { readonly id: string; readonly title: string }[]
  readonly facts: { readonly rubricRevealed: boolean; readonly swotItems: number; readonly rootCauses: number; readonly strategies: number }
}

/** one stored document as a fresh Y.Doc (the caller destroys it); an update that throws is `corrupt` */
export async function loadStoredDoc(storage: Storage, key: string): Promise<Result<Y.Doc, StorageError>> {
  const log = await storage.loadDoc(key)
  if (!log.ok) return log
  const doc = new Y.Doc()
  try {
    for (const update of log.value.updates) Y.applyUpdate(doc, update)
  } catch (e) {
    doc.destroy()
    return err({ kind: 'corrupt', message: `${key}: ${e instanceof Error ? e.message : String(e)}` })
  }
  return ok(doc)
}

export function readSchool(board: Y.Doc, control: Y.Doc, ref: { workspaceId: string; school: string }): SchoolRead {
  const state = readControl(control)
  const input = snapshotInputFromBoard(board, { date: '', members: [], control: state })
  const data = schoolData(ref, input, state.anonymity === 'anonymous')
  return {
    data,
    priorities: (input.plan?.priorities ?? []).map((p) => ({ id: p.id, title: p.title })),
    facts: {
      rubricRevealed: state.revealedDomains.length > 0 || data.rubric.some((r) => r.level !== null),
      swotItems: input.swot?.length ?? 0,
      rootCauses: data.rootCauses.length,
      strategies: data.priorities.reduce((n, p) => n + p.strategies.length, 0),
    },
  }
}

export function phaseOf(read: SchoolRead, extra: { finalSnapshot: boolean; monitoring: boolean }): Phase {
  return phaseReached({ ...read.facts, ...extra })
}

type Ref = { readonly workspaceId: string; readonly school: string }

export interface SchoolReader {
  /** each school's read, in order; one last-seq query for all of them, then only changed boards are loaded */
  readMany(refs: readonly Ref[]): Promise<Result<Result<SchoolRead, StorageError>[], StorageError>>
}

const keysOf = (workspaceId: string) => [roomName(workspaceId, { kind: 'board' }), roomName(workspaceId, { kind: 'control' })] as const

export function schoolReader(storage: Storage): SchoolReader {
  const cache = new Map<string, { seqs: string; school: string; value: SchoolRead }>()
  const load = async (ref: Ref, stamp: string): Promise<Result<SchoolRead, StorageError>> => {
    const [boardKey, controlKey] = keysOf(ref.workspaceId)
    const board = await loadStoredDoc(storage, boardKey)
    if (!board.ok) return board
    const control = await loadStoredDoc(storage, controlKey)
    if (!control.ok) return (board.value.destroy(), control)
    const value = readSchool(board.value, control.value, ref)
    board.value.destroy()
    control.value.destroy()
    cache.set(ref.workspaceId, { seqs: stamp, school: ref.school, value })
    return ok(value)
  }
  return {
    async readMany(refs) {
      const seqs = await storage.lastSeqs(refs.flatMap((r) => keysOf(r.workspaceId)))
      if (!seqs.ok) return seqs
      const out: Result<SchoolRead, StorageError>[] = []
      for (const ref of refs) {
        const stamp = keysOf(ref.workspaceId).map((k) => seqs.value.get(k) ?? 0).join(':')
        const hit = cache.get(ref.workspaceId)
        out.push(hit && hit.seqs === stamp && hit.school === ref.school ? ok(hit.value) : await load(ref, stamp))
      }
      return ok(out)
    },
  }
}
