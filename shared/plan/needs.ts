/**
 * Board results → the Needs Assessment section: SWOT items and team rubric levels → Data Analysis
 * rows, leverage notes, prioritised actionable causes → root causes, the checklist and the two
 * process questions. Linear in the input size.
 */
import type { PlanDraft } from './draft'
import type { PlanSections } from './document'
import { TOOL_A_ROW_ORDER, type SwotQuadrant } from '../content/swot-prompts'
import type { SnapshotInput } from './input'
import { elementTitle, isWeakLevel, levelLabel, practiceTitle } from './rubric-index'
import { safeLocale } from '../render/dates'
import { sessionRecord, type SessionSentence } from './session'
import { elementKey, NEEDS_ELEMENTS, RUBRIC_SUGGESTS_ELEMENTS, SECTION_HEADINGS, TOOL_A_TEXT } from './tool-a'

type Needs = PlanSections['needs']
type Row = Needs['dataAnalysis']['rows'][number]

/** Keeps the first item per id: diffs and exports key rows by id, so ids must be unique. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((i) => !seen.has(i.id) && (seen.add(i.id), true))
}

function dataRows(input: SnapshotInput): Row[] {
  const buckets = new Map<SwotQuadrant, Row[]>(TOOL_A_ROW_ORDER.map((q) => [q, []]))
  for (const item of uniqueById(input.swot ?? [])) {
    buckets.get(item.quadrant)?.push({
      id: item.id, quadrant: item.quadrant, text: item.text, evidence: item.evidence, link: item.link ?? '',
      source: 'swot', boardTitle: item.boardTitle ?? '', code: null, note: null,
    })
  }
  const seen = new Set<string>()
  for (const r of input.rubric ?? []) {
    if (!isWeakLevel(r.level) || seen.has(r.elementId)) continue
    seen.add(r.elementId)
    buckets.get('weaknesses')?.push({
      id: `rubric:${r.elementId}`, quadrant: 'weaknesses', text: `${r.elementId} ${elementTitle(r.elementId) ?? 'Self-reflection element'} — ${levelLabel(r.level ?? 0)}`,
      evidence: r.evidence, link: '', source: 'rubric', boardTitle: '', code: r.elementId, note: TOOL_A_TEXT.rubricNote,
    })
  }
  return TOOL_A_ROW_ORDER.flatMap((q) => buckets.get(q) ?? [])
}

function rootCauses(input: SnapshotInput): Needs['dataAnalysis']['rootCauses']['causes'] {
  const heads = new Map((input.heads ?? []).map((h) => [h.id, h.text]))
  return uniqueById(input.causes ?? [])
    .filter((c) => c.prioritised && c.actionable && c.kind === 'cause')
    .map((c) => {
      const headIds = [...new Set(c.headIds)]
      return {
        id: c.id,
        text: c.text,
        evidence: c.evidence,
        link: c.link ?? '',
        practiceCode: c.practiceCode || null,
        practiceTitle: practiceTitle(c.practiceCode),
        systemic: c.systemic || headIds.length > 1,
        heads: headIds.map((h) => heads.get(h) ?? h),
      }
    })
}

const recordOf = (sentences: readonly SessionSentence[]) => ({ fromSession: sentences.map((x) => x.text).join(' '), record: [...sentences] })
const note = (id: string, text: string) => (text.trim() ? [{ id, text }] : [])

export function buildNeeds(input: SnapshotInput, draft: PlanDraft): Needs {
  const ticked = new Set(draft.needs.elements)
  const sessions = input.sessions ?? []
  const rubricUsed = (input.rubric ?? []).length > 0 || sessions.some((s) => s.methods.includes('rubric'))
  const suggested = new Set<string>(rubricUsed ? RUBRIC_SUGGESTS_ELEMENTS : [])
  const record = sessionRecord(sessions, draft.needs.record, safeLocale(draft.settings.locale || undefined))
  return {
    id: 'needs-assessment',
    heading: SECTION_HEADINGS.needs,
    intro: TOOL_A_TEXT.needsIntro,
    elements: {
      heading: TOOL_A_TEXT.elementsHeading,
      lines: NEEDS_ELEMENTS.map((line) => ({
        id: line.id,
        label: line.label,
        checked: ticked.has(line.id),
        suggested: suggested.has(line.id),
        options: line.options.map((o) => {
          const key = elementKey(line.id, o.id)
          return { id: key, label: o.label, checked: ticked.has(key), other: 'other' in o ? (draft.needs.other[key] ?? '') : null }
        }),
      })),
    },
    questions: [
      { id: 'how-completed', question: TOOL_A_TEXT.howCompleted, answer: draft.needs.howCompleted, ...recordOf(record['how-completed']) },
      { id: 'stakeholder-input', question: TOOL_A_TEXT.stakeholderInput, answer: draft.needs.stakeholderInput, ...recordOf(record['stakeholder-input']) },
    ],
    dataAnalysis: {
      heading: TOOL_A_TEXT.dataAnalysisHeading,
      rows: dataRows(input),
      leverage: { prompt: TOOL_A_TEXT.leverage, notes: [...note('draft:leverage', draft.needs.leverage), ...uniqueById(input.leverageNotes ?? [])] },
      rootCauses: { prompt: TOOL_A_TEXT.rootCauses, causes: rootCauses(input), notes: [...note('draft:root-causes', draft.needs.rootCauses), ...uniqueById(input.rootCauseNotes ?? [])] },
    },
    topPriorities: { prompt: TOOL_A_TEXT.topPriorities, items: draft.priorities.map((p, i) => ({ id: p.id, number: `${i + 1}`, title: p.title })) },
  }
}
