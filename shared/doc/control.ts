/**
 * The `control` document (facilitators write, everyone reads): named mutations, one transaction
 * each, and `readControl` → plain `ControlState`. Keys are FLAT in `controlRoot(doc)` (`group/<id>`,
 * `lock/<board>` …) rather than nested maps, because two co-facilitators creating the same nested
 * Y.Map at once would each make their own and one of them would silently vanish.
 * Members' "ready" marks are NOT here (members cannot write control): see domain/facilitation/phases.ts.
 */
import type * as Y from 'yjs'
import type * as z from 'zod'
import type { AgendaPhase, BreakoutMode } from '../content/agendas'
import {
  AgendaValue, AnonymityValue, AskedValue, BreakoutValue, FollowValue, GroupValue, LockValue, PhaseValue, PinValue, RoundValue,
  SpotlightValue, TimerValue, type AnonymityMode, type BreakoutGroup, type ControlState, type FollowLead, type LockInfo, type Round, type RoundStatus, type Spotlight,
} from '../domain/facilitation/control-state'
import { START, clampCursor, goToPhase, nextPhase, previousPhase, type PhaseCursor } from '../domain/facilitation/phases'
import * as T from '../domain/facilitation/timer'
import { err, ok, type Result } from '../result'
import { byOrderThenId, keysBetween } from './fractional-index'
import { ID_PATTERN } from './names'
import { ORIGINS, type TransactionOrigin } from './origin'
import { controlRoot } from './schema'

const K = { agenda: 'agenda', phase: 'phase', timer: 'timer', anonymity: 'anonymity', breakout: 'breakout', spotlight: 'spotlight', follow: 'follow' } as const
const P = { group: 'group/', assign: 'assign/', lock: 'lock/', reveal: 'reveal/rubric/', round: 'round/', pin: 'pin/', asked: 'asked/' } as const

type Origin = TransactionOrigin
const local = ORIGINS.localUser

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value)
  return r.success ? r.data : undefined
}

export function readControl(doc: Y.Doc): ControlState {
  const root = controlRoot(doc)
  const ignored: string[] = []
  const get = <T>(key: string, schema: z.ZodType<T>): T | undefined => {
    if (!root.has(key)) return undefined
    const v = parsed(schema, root.get(key))
    if (v === undefined) ignored.push(key)
    return v
  }
  const agenda = get(K.agenda, AgendaValue) ?? null
  const phaseCount = agenda?.phases.length ?? 0
  const groups: { id: string; name: string; order: string }[] = []
  const assignments = new Map<string, string[]>()
  const locks: string[] = []
  const lockInfo: Record<string, LockInfo> = {}
  const revealedDomains: string[] = []
  const rounds: Round[] = []
  const pins: { id: string; order: string }[] = []
  const asked: Record<string, { at: number; by: string }> = {}
  for (const key of [...root.keys()].sort()) {
    const [prefix, id] = splitKey(key)
    if (id === undefined) continue
    if (prefix === P.group) {
      const g = get(key, GroupValue)
      if (g) groups.push({ id, ...g })
    } else if (prefix === P.assign) {
      const v = root.get(key)
      if (typeof v === 'string') assignments.set(v, [...(assignments.get(v) ?? []), id])
      else ignored.push(key)
    } else if (prefix === P.lock) {
      const lock = get(key, LockValue)
      if (lock !== undefined) locks.push(id)
      if (lock !== undefined && lock !== true) lockInfo[id] = lock
    } else if (prefix === P.reveal) {
      if (root.get(key) === true) revealedDomains.push(id)
    } else if (prefix === P.round) {
      const r = get(key, RoundValue)
      if (r) rounds.push({ id, ...r })
    } else if (prefix === P.pin) {
      const p = get(key, PinValue)
      if (p) pins.push({ id, order: p.order })
    } else if (prefix === P.asked) {
      const a = get(key, AskedValue)
      if (a) asked[id] = a
    }
  }
  const breakoutMeta = get(K.breakout, BreakoutValue)
  const breakoutGroups: BreakoutGroup[] = groups
    .sort(byOrderThenId)
    // assignments to a group that no longer exists (a stale concurrent move) are ignored
    .map((g) => ({ ...g, memberIds: (assignments.get(g.id) ?? []).sort() }))
  return {
    agenda,
    phase: clampCursor(get(K.phase, PhaseValue) ?? START, phaseCount),
    timer: get(K.timer, TimerValue) ?? T.idleTimer(0),
    anonymity: get(K.anonymity, AnonymityValue) ?? 'named',
    locks,
    lockInfo,
    revealedDomains,
    rounds: rounds.sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1)),
    breakout: breakoutMeta ? { ...breakoutMeta, groups: breakoutGroups } : null,
    spotlight: get(K.spotlight, SpotlightValue) ?? null,
    follow: get(K.follow, FollowValue) ?? null,
    pinned: pins.sort(byOrderThenId).map((p) => p.id),
    asked,
    ignored,
  }
}

function splitKey(key: string): [string, string | undefined] {
  for (const prefix of Object.values(P)) if (key.startsWith(prefix) && key.length > prefix.length) return [prefix, key.slice(prefix.length)]
  return [key, undefined]
}

// ── agenda and phases ────────────────────────────────────────────────────────────────────────────

/** Choosing an agenda restarts it at its first phase (a new epoch, so ready marks reset). */
export function setAgenda(doc: Y.Doc, templateId: string, phases: readonly AgendaPhase[], origin: Origin = local): void {
  doc.transact(() => {
    const root = controlRoot(doc)
    const epoch = parsed(PhaseValue, root.get(K.phase))?.epoch ?? 0
    root.set(K.agenda, { templateId, phases: phases.map(storedPhase) })
    root.set(K.phase, { index: 0, epoch: epoch + 1 })
  }, origin)
}

// a plain JSON copy: no readonly proxies, no `undefined` fields in the stored value
const storedPhase = ({ id, title, board, minutes, prompts, tools, breakout }: AgendaPhase) => ({
  id, title, board, minutes, prompts: [...prompts], tools: [...tools], ...(breakout ? { breakout } : {}),
})

export type PhaseMove = ({ readonly type: 'next' } | { readonly type: 'back' } | { readonly type: 'goto'; readonly index: number }) & {
  /**
   * The phase the facilitator saw when they clicked. If the phase has moved since (a double click,
   * or a co-facilitator's click arriving first) the move does nothing: one action, one step.
   */
  readonly from?: PhaseCursor
}

export function movePhase(doc: Y.Doc, move: PhaseMove, origin: Origin = local): Result<PhaseCursor, string> {
  const state = readControl(doc)
  const count = state.agenda?.phases.length ?? 0
  if (count === 0) return err('no agenda has been chosen')
  if (move.from && (move.from.index !== state.phase.index || move.from.epoch !== state.phase.epoch)) return err('the phase has already moved')
  const next =
    move.type === 'next' ? ok(nextPhase(state.phase, count)) : move.type === 'back' ? ok(previousPhase(state.phase, count)) : goToPhase(state.phase, move.index, count)
  if (next.ok && next.value !== state.phase) doc.transact(() => controlRoot(doc).set(K.phase, { ...next.value }), origin)
  return next
}

// ── timer (times are SERVER clock ms: pass serverNow from domain/facilitation/clock.ts) ──────────

export type TimerAction =
  | { readonly type: 'start'; readonly durationMs: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'add'; readonly deltaMs: number }
  | { readonly type: 'reset' }

export function updateTimer(doc: Y.Doc, action: TimerAction, serverNow: number, origin: Origin = local): T.TimerState {
  const t = readControl(doc).timer
  const next =
    action.type === 'start' ? T.startTimer(action.durationMs, serverNow)
    : action.type === 'pause' ? T.pauseTimer(t, serverNow)
    : action.type === 'resume' ? T.resumeTimer(t, serverNow)
    : action.type === 'add' ? T.addTime(t, action.deltaMs, serverNow)
    : T.resetTimer(t)
  doc.transact(() => controlRoot(doc).set(K.timer, { ...next }), origin)
  return next
}

// ── locks, reveal, rounds, anonymity ─────────────────────────────────────────────────────────────

const setFlag = (doc: Y.Doc, key: string, on: boolean, origin: Origin): void =>
  doc.transact(() => {
    if (on) controlRoot(doc).set(key, true)
    else controlRoot(doc).delete(key)
  }, origin)

/** Starts ("Follow me") or ends a facilitator's lead. */
export function setFollowLead(doc: Y.Doc, lead: FollowLead | null, origin: Origin = local): void {
  doc.transact(() => {
    if (lead) controlRoot(doc).set(K.follow, { ...lead })
    else controlRoot(doc).delete(K.follow)
  }, origin)
}

/** Locks (with who and why, for the banner members see) or unlocks a board. */
export function setBoardLock(doc: Y.Doc, board: string, lock: LockInfo | boolean, origin: Origin = local): void {
  if (typeof lock === 'boolean') return setFlag(doc, P.lock + board, lock, origin)
  doc.transact(() => controlRoot(doc).set(P.lock + board, { ...lock }), origin)
}
export const setRubricReveal = (doc: Y.Doc, domainId: string, revealed: boolean, origin: Origin = local): void =>
  setFlag(doc, P.reveal + domainId, revealed, origin)

export function openRound(doc: Y.Doc, round: Omit<Round, 'status' | 'openedAt'>, serverNow: number, origin: Origin = local): void {
  const { id, ...rest } = round
  doc.transact(() => controlRoot(doc).set(P.round + id, { ...rest, status: 'open', openedAt: serverNow }), origin)
}

export function setRoundStatus(doc: Y.Doc, roundId: string, status: RoundStatus, origin: Origin = local): Result<void, string> {
  const current = parsed(RoundValue, controlRoot(doc).get(P.round + roundId))
  if (!current) return err(`unknown round "${roundId}"`)
  doc.transact(() => controlRoot(doc).set(P.round + roundId, { ...current, status }), origin)
  return ok(undefined)
}

export const setAnonymity = (doc: Y.Doc, mode: AnonymityMode, origin: Origin = local): void =>
  doc.transact(() => {
    controlRoot(doc).set(K.anonymity, mode)
  }, origin)

// ── breakouts ────────────────────────────────────────────────────────────────────────────────────

export interface NewGroup {
  /** becomes the `group/<id>` document name, so it must match ID_PATTERN */
  readonly id: string
  readonly name: string
  readonly memberIds: readonly string[]
  /** fractional index (shared/doc/fractional-index.ts); defaults to the group's position */
  readonly order?: string
}

/** Replaces any previous groups and assignments in one transaction and starts a new round. */
export function startBreakouts(doc: Y.Doc, mode: BreakoutMode, groups: readonly NewGroup[], origin: Origin = local): Result<number, string> {
  const bad = groups.find((g) => !ID_PATTERN.test(g.id))
  if (bad) return err(`group id "${bad.id}" must be 6–64 letters, digits, "_" or "-"`)
  if (new Set(groups.map((g) => g.id)).size !== groups.length) return err('group ids must be unique')
  const round = (readControl(doc).breakout?.round ?? 0) + 1
  const orders = keysBetween(null, null, groups.length)
  doc.transact(() => {
    const root = controlRoot(doc)
    for (const key of [...root.keys()]) if (key.startsWith(P.group) || key.startsWith(P.assign)) root.delete(key)
    groups.forEach((g, i) => {
      root.set(P.group + g.id, { name: g.name, order: g.order ?? orders[i] ?? '' })
      for (const m of g.memberIds) root.set(P.assign + m, g.id)
    })
    root.set(K.breakout, { mode, active: true, round })
  }, origin)
  return ok(round)
}

/** A manual override: one field write, so two facilitators moving the same person cannot duplicate them. */
export function moveToGroup(doc: Y.Doc, memberId: string, groupId: string | null, origin: Origin = local): Result<void, string> {
  const root = controlRoot(doc)
  if (groupId !== null && !root.has(P.group + groupId)) return err(`unknown group "${groupId}"`)
  doc.transact(() => {
    if (groupId === null) root.delete(P.assign + memberId)
    else root.set(P.assign + memberId, groupId)
  }, origin)
  return ok(undefined)
}

export function renameGroup(doc: Y.Doc, groupId: string, name: string, origin: Origin = local): Result<void, string> {
  const current = parsed(GroupValue, controlRoot(doc).get(P.group + groupId))
  if (!current) return err(`unknown group "${groupId}"`)
  doc.transact(() => controlRoot(doc).set(P.group + groupId, { ...current, name }), origin)
  return ok(undefined)
}

/** Ends the round; groups and assignments stay so the gallery walk and share-out can show them. */
export function endBreakouts(doc: Y.Doc, origin: Origin = local): void {
  const b = parsed(BreakoutValue, controlRoot(doc).get(K.breakout))
  if (b) doc.transact(() => controlRoot(doc).set(K.breakout, { ...b, active: false }), origin)
}

// ── spotlight and prompts ────────────────────────────────────────────────────────────────────────

export const setSpotlight = (doc: Y.Doc, spotlight: Spotlight | null, origin: Origin = local): void =>
  doc.transact(() => {
    if (spotlight) controlRoot(doc).set(K.spotlight, { ...spotlight })
    else controlRoot(doc).delete(K.spotlight)
  }, origin)

/** `order` is a fractional index from the caller (pin order is the facilitator's, not time's). */
export const pinPrompt = (doc: Y.Doc, promptId: string, order: string, origin: Origin = local): void =>
  doc.transact(() => {
    controlRoot(doc).set(P.pin + promptId, { order })
  }, origin)
export const unpinPrompt = (doc: Y.Doc, promptId: string, origin: Origin = local): void =>
  doc.transact(() => controlRoot(doc).delete(P.pin + promptId), origin)
export const markAsked = (doc: Y.Doc, promptId: string, by: string, at: number, origin: Origin = local): void =>
  doc.transact(() => {
    controlRoot(doc).set(P.asked + promptId, { at, by })
  }, origin)
export const unmarkAsked = (doc: Y.Doc, promptId: string, origin: Origin = local): void =>
  doc.transact(() => controlRoot(doc).delete(P.asked + promptId), origin)
