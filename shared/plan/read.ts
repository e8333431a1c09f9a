/**
 * Y.Doc → PlanDraft: one pass over the plan root, then children grouped by parent and sorted by
 * order key. Remote content is untrusted, so every value is narrowed; a wrong type reads as empty.
 */
import * as Y from 'yjs'
import { boardRoot } from '../doc/schema'
import { PLAN_ITEMS, type LinkKind, type PlanItemKind } from './items'
import { byOrderThenId } from '../doc/fractional-index'
import { planKeys, type PlanTextField } from '../doc/plan'
import { CADENCE_IDS, HEADER_FIELDS, NEEDS_OTHER_SLOTS, type HeaderFieldId } from './tool-a'
import { isPaperSize } from '../render/model'
import { SESSION_SENTENCE_IDS } from './session'
import type { GoalDraft, MilestoneDraft, Person, PlanDraft, PlanLinks, PriorityDraft, StrategyDraft } from './draft'

type Raw = { readonly kind: PlanItemKind; readonly id: string; readonly order: string; readonly parentId: string | null; readonly map: Y.Map<unknown> }

const str = (v: unknown): string => (v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '')
const keysOf = (v: unknown): string[] => (v instanceof Y.Map ? [...v.keys()].sort() : [])
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
/** Builds a record over a fixed key list (the keys come from `as const` data, so none is missing). */
function recordOf<K extends string>(keys: readonly K[], value: (k: K) => string): Record<K, string> {
  const out = {} as Record<K, string>
  for (const k of keys) out[k] = value(k)
  return out
}
const isKind = (k: string): k is PlanItemKind => Object.hasOwn(PLAN_ITEMS, k)

function links(map: Y.Map<unknown>): PlanLinks {
  const read = (k: LinkKind) => keysOf(map.get(`links.${k}`))
  return { cause: read('cause'), swot: read('swot'), rubric: read('rubric') }
}

function responsible(map: Y.Map<unknown>): Person[] {
  const m = map.get('responsible')
  if (!(m instanceof Y.Map)) return []
  return [...m.entries()].map(([key, name]) => ({ key, name: str(name) })).sort((a, b) => (a.key < b.key ? -1 : 1))
}

export function readPlan(doc: Y.Doc): PlanDraft {
  const root = boardRoot(doc, 'plan')
  const byKind = new Map<PlanItemKind, Raw[]>()
  const ids = new Set<string>()
  for (const [key, value] of root.entries()) {
    const slash = key.indexOf('/')
    const kind = key.slice(0, slash)
    if (slash < 0 || !isKind(kind) || !(value instanceof Y.Map)) continue
    const id = key.slice(slash + 1)
    const parentId = value.get('parentId')
    const raw: Raw = { kind, id, order: str(value.get('order')), parentId: typeof parentId === 'string' ? parentId : null, map: value }
    push(byKind, kind, raw)
    ids.add(`${kind}/${id}`)
  }
  for (const list of byKind.values()) list.sort(byOrderThenId)

  const orphans: { kind: PlanItemKind; id: string }[] = []
  const childrenOf = new Map<string, Raw[]>()
  for (const [kind, list] of byKind) {
    const parentKind = PLAN_ITEMS[kind].parent
    for (const raw of list) {
      if (parentKind === null) continue
      if (raw.parentId === null || !ids.has(`${parentKind}/${raw.parentId}`)) orphans.push({ kind, id: raw.id })
      else push(childrenOf, `${kind}<${raw.parentId}`, raw)
    }
  }
  const children = (kind: PlanItemKind, parentId: string): Raw[] => childrenOf.get(`${kind}<${parentId}`) ?? []
  const all = (kind: PlanItemKind): Raw[] => byKind.get(kind) ?? []
  const t = (r: Raw, field: string) => str(r.map.get(field))

  const milestone = (r: Raw): MilestoneDraft => ({
    id: r.id,
    text: t(r, 'text'),
    timeline: t(r, 'timeline'),
    actions: children('action', r.id).map((a) => ({
      id: a.id,
      text: t(a, 'text'),
      outputs: t(a, 'outputs'),
      timeline: t(a, 'timeline'),
      resources: t(a, 'resources'),
      responsible: responsible(a.map),
      collaborators: t(a, 'collaborators'),
    })),
  })
  const strategy = (r: Raw): StrategyDraft => {
    const code = r.map.get('practiceCode')
    const goalId = r.map.get('goalId')
    return {
      id: r.id,
      ifWe: t(r, 'ifWe'),
      then: t(r, 'then'),
      and: t(r, 'and'),
      practiceCode: typeof code === 'string' && code ? code : null,
      goalId: typeof goalId === 'string' && goalId ? goalId : null,
      achievableWithinOneYear: r.map.get('oneYear') === true,
      links: links(r.map),
      measures: children('strategyMeasure', r.id).map((m) => ({
        id: m.id, indicator: t(m, 'indicator'), dataSource: t(m, 'dataSource'), baseline: t(m, 'baseline'), target1: t(m, 'target1'), target2: t(m, 'target2'),
      })),
      milestones: children('milestone', r.id).map(milestone),
    }
  }
  const priority = (r: Raw): PriorityDraft => ({
    id: r.id,
    title: t(r, 'title'),
    description: t(r, 'description'),
    links: links(r.map),
    strategies: children('strategy', r.id).map(strategy),
    supports: children('support', r.id).map((s) => ({
      id: s.id, needed: t(s, 'needed'), provided: t(s, 'provided'), provider: t(s, 'provider'), howUsed: t(s, 'howUsed'), effectiveness: t(s, 'effectiveness'),
    })),
  })
  const goal = (r: Raw): GoalDraft => ({
    id: r.id,
    statement: t(r, 'statement'),
    explanation: t(r, 'explanation'),
    measures: children('goalMeasure', r.id).map((m) => ({
      id: m.id, indicator: t(m, 'indicator'), dataSource: t(m, 'dataSource'), baseline: t(m, 'baseline'), target1: t(m, 'target1'), target2: t(m, 'target2'), target3: t(m, 'target3'),
    })),
  })

  const text = (field: PlanTextField) => str(root.get(planKeys.text(field)))
  const paper = root.get(planKeys.setting('paper'))
  const locale = root.get(planKeys.setting('locale'))
  const checkPrefix = planKeys.check('')
  const elements = [...root.entries()].filter(([k, v]) => k.startsWith(checkPrefix) && v === true).map(([k]) => k.slice(checkPrefix.length)).sort()
  return {
    header: recordOf(Object.keys(HEADER_FIELDS) as HeaderFieldId[], text),
    dateOfPlan: str(root.get(planKeys.date('dateOfPlan'))),
    dateOfUpdate: str(root.get(planKeys.date('dateOfUpdate'))),
    leadership: all('leader').map((r) => ({ id: r.id, name: t(r, 'name'), position: t(r, 'position') })),
    vision: text('vision'),
    mission: text('mission'),
    goals: all('goal').map(goal),
    signatures: all('signature').map((r) => ({
      id: r.id, name: t(r, 'name'), position: t(r, 'position'), planRole: t(r, 'planRole'), signature: t(r, 'signature'), signedAt: t(r, 'signedAt'),
    })),
    needs: {
      elements,
      other: recordOf(NEEDS_OTHER_SLOTS, (s) => text(`needsOther.${s}`)),
      howCompleted: text('needs.howCompleted'),
      stakeholderInput: text('needs.stakeholderInput'),
      leverage: text('needs.leverage'),
      rootCauses: text('needs.rootCauses'),
      record: Object.fromEntries(SESSION_SENTENCE_IDS.map((id) => [id, text(`record.${id}`)]).filter(([, v]) => v !== '')),
    },
    settings: { paper: isPaperSize(paper) ? paper : 'letter', locale: typeof locale === 'string' ? locale.slice(0, 35) : '' },
    priorities: all('priority').map(priority),
    reporting: recordOf(CADENCE_IDS, (c) => text(`reporting.${c}`)),
    orphans,
  }
}
