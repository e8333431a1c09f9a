/**
 * An action's state as of a month: each field is the latest value entered at or before that month
 * (so "no change this month" needs no copying to compute, and two people filling different fields
 * of one row both count). Behind schedule = not done and either reported behind or past its due month.
 */
import type { ActionRow, ActionStatus, MonthEntry, MonitoringRead } from './model'
import { allActions, type SkeletonAction } from './skeleton'

export interface ActionState {
  readonly status: ActionStatus
  readonly completedOn: string | null
  readonly output: boolean
  readonly link: string
  readonly note: string
  /** the month of the latest entry (any field) at or before the asked month, or null */
  readonly updatedIn: string | null
}

const EMPTY: ActionState = { status: 'not-started', completedOn: null, output: false, link: '', note: '', updatedIn: null }

export function stateAt(row: ActionRow | undefined, month: string): ActionState {
  if (!row) return EMPTY
  const months = Object.keys(row.months).filter((m) => m <= month).sort()
  const latest = <K extends keyof MonthEntry>(k: K): MonthEntry[K] | undefined => {
    for (let i = months.length - 1; i >= 0; i--) {
      const v = row.months[months[i]!]?.[k]
      if (v !== undefined) return v
    }
    return undefined
  }
  return {
    status: latest('status') ?? 'not-started',
    completedOn: latest('completedOn') ?? null,
    output: latest('output') ?? false,
    link: latest('link') ?? '',
    // the note is one line about this month; it does not carry over
    note: row.months[month]?.note ?? '',
    updatedIn: months.at(-1) ?? null,
  }
}

/** Tracked in `month`: added by then and not retired before it. */
export const trackedIn = (row: ActionRow | undefined, month: string, fallbackStart: string): boolean =>
  (row?.addedIn ?? fallbackStart) <= month && (row?.retiredIn == null || row.retiredIn > month)

export const isDone = (s: ActionState): boolean => s.status === 'done'
/** the month it was done: the completion date's month, else the month it was first reported done */
export function doneMonth(row: ActionRow | undefined, asOf: string): string | null {
  const s = stateAt(row, asOf)
  if (!isDone(s)) return null
  if (s.completedOn) return s.completedOn.slice(0, 7)
  const first = Object.keys(row?.months ?? {}).sort().find((m) => m <= asOf && row?.months[m]?.status === 'done')
  return first ?? null
}

export function isBehind(row: ActionRow | undefined, month: string): boolean {
  const s = stateAt(row, month)
  if (isDone(s)) return false
  return s.status === 'behind' || (row?.due != null && row.due < month)
}

export interface BehindAction {
  readonly id: string
  readonly number: string
  readonly text: string
  readonly responsible: string
  readonly status: ActionStatus
  readonly due: string | null
  readonly note: string
}

/** Every tracked action behind schedule in `month`, in plan order. */
export function behindSchedule(read: MonitoringRead, month: string): BehindAction[] {
  if (!read.skeleton) return []
  return allActions(read.skeleton)
    .filter((a) => trackedIn(read.rows[a.id], month, read.yearStart) && isBehind(read.rows[a.id], month))
    .map((a: SkeletonAction) => {
      const s = stateAt(read.rows[a.id], month)
      return { id: a.id, number: a.number, text: a.text, responsible: a.responsible, status: s.status, due: read.rows[a.id]?.due ?? null, note: s.note }
    })
}

/** Rows for the monthly board: behind schedule first, then at risk, then the rest, each in plan order. */
export function boardOrder(read: MonitoringRead, month: string): SkeletonAction[] {
  if (!read.skeleton) return []
  const rank = (a: SkeletonAction) => {
    const row = read.rows[a.id]
    if (isBehind(row, month)) return 0
    const s = stateAt(row, month)
    return s.status === 'at-risk' ? 1 : s.status === 'done' ? 3 : 2
  }
  const tracked = allActions(read.skeleton).filter((a) => trackedIn(read.rows[a.id], month, read.yearStart))
  return tracked.map((a, i) => ({ a, i, r: rank(a) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.a)
}
