import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { blocksMarkdown } from '../../../../shared/plan/markdown'
import { buildReport } from '../../../../shared/domain/monitoring/report'
import { QUARTER_ROWS, SEMESTER_ROWS } from '../../../../shared/domain/monitoring/implementation'
import { RESULTS_COLUMNS, performanceRows } from '../../../../shared/domain/monitoring/results'
import { carryForward } from '../../../../shared/domain/monitoring/carry-forward'
import { applyCarryForward } from '../../../../shared/doc/carry-forward'
import { readPlan } from '../../../../shared/plan/read'
import { monitoringSignals } from '../../../../shared/domain/monitoring/signals'
import { parseReportDocument } from '../../../../shared/domain/monitoring/report-document'
import { sampleYear } from './sample-year'

const req = (cadence: 'monthly' | 'quarterly' | 'semester' | 'annual', period: string) => ({ cadence, period, generatedAt: '2027-07-31T12:00:00Z', today: '2027-07' })

describe('cadence reports', () => {
  const { read } = sampleYear()

  it.each([
    ['monthly', '2027-02', ['Monthly Action Status', 'Action', 'Status', 'Completion date', 'Output produced']],
    ['quarterly', 'Q2', ['Implementation Data', 'Milestone 1.1.1', '1st Quarter', '4th Quarter', ...Object.values(QUARTER_ROWS)]],
    ['semester', 'S1', ['Strategy 1.1', '1st Semester', '2nd Semester', ...Object.values(SEMESTER_ROWS)]],
    ['annual', 'year', ['Performance/Results Data', ...RESULTS_COLUMNS, "Recommendations for next year's plan", 'PDSA cycles']],
  ] as const)('the %s report carries Tool A’s labels', (cadence, period, labels) => {
    const report = buildReport(read, [], req(cadence, period))
    expect(parseReportDocument(JSON.parse(JSON.stringify(report))).ok).toBe(true)
    const md = blocksMarkdown(report.blocks)
    for (const label of labels) expect(md).toContain(label)
  })

  it('lists behind-schedule actions first in the monthly report', () => {
    const report = buildReport(read, [], req('monthly', '2027-02'))
    const table = report.blocks.find((b) => b.type === 'table')
    expect(table?.type === 'table' && table.rows.slice(0, 2).map((r) => r[0])).toEqual(['1.1.2.2 Roll out the Lesson Design Studio', '2.1.1.2 Recruit mentors'])
  })

  it('fills the Performance/Results Data table from the year’s latest values', () => {
    expect(performanceRows(read)).toEqual([
      ['Strategy 1.1', '% of lesson plans standards-based', '50%', '52 (Y1 Q4, baseline 26%) — target met', ''],
      ['Strategy 2.1', '% of families contacted weekly', '70%', '62 (Y1 Q4, baseline 40%) — target not met', 'Texts in home languages raised contact; 70% needs a second outreach worker.'],
    ])
  })

  it('logs the PDSA chain in order, ending in adopt', () => {
    const md = blocksMarkdown(buildReport(read, [], req('annual', 'year')).blocks)
    expect(md).toContain('PDSA on Strategy 2.1')
    expect(md.indexOf('Text-message reminders')).toBeLessThan(md.indexOf('Reminders in the home language'))
    expect(md).toContain('Adopt')
  })
})

describe('carry forward and portfolio signals', () => {
  it('starts next year’s draft with goals, priorities and only the unfinished strategy, results as baselines', () => {
    const { read, v2, board } = sampleYear()
    const cf = carryForward(v2, read, 2)
    expect(cf.finished).toEqual(['Strategy 1.1 (2 of 2 milestones complete)'])
    expect(cf.carried).toEqual(['Strategy 2.1 (0 of 1 milestones complete)'])
    expect(cf.goals[0]!.measures[0]).toMatchObject({ baseline: '31 (Y1 Q4 2026-27)', targets: ['50%', '65%', ''] })
    let n = 0
    applyCarryForward(board, cf, () => `cf-${++n}`)
    const draft = readPlan(board)
    expect(draft.priorities.map((p) => [p.title, p.strategies.length])).toEqual([['7th-grade math achievement', 0], ['Attendance', 1]])
    const s = draft.priorities[1]!.strategies[0]!
    expect(s.measures[0]).toMatchObject({ baseline: '62 (Y1 Q4 2026-27)', target1: '90%' })
    expect(s.milestones[0]!.actions.map((a) => a.text)).toEqual(['Recruit mentors'])
    expect(draft.priorities[1]!.description).toContain('Carried forward from Priority 2 of plan version 2 (2026-27)')
    expect(board instanceof Y.Doc).toBe(true)
  })

  it('gives the portfolio the open comments and behind-schedule actions', () => {
    const { read } = sampleYear()
    const thread = { id: 't1', target: { kind: 'action' as const, id: 'act-7', label: 'Action 2.1.1.2' }, authorId: 'f', authorName: 'Coach', at: '', text: 'Who can help?', resolved: false, resolvedBy: '', resolvedAt: '', replies: [] }
    const out = monitoringSignals({ monitoring: read, comments: [thread, { ...thread, id: 't2', resolved: true }] }, '2027-07')
    expect(out.openComments.map((c) => c.id)).toEqual(['t1'])
    expect(out.behindSchedule.map((b) => b.number)).toEqual(['2.1.1.2'])
  })
})
