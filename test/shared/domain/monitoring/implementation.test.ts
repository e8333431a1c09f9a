import { describe, expect, it } from 'vitest'
import { quarterFigures, quarterTable, QUARTER_ROWS, semesterFigures, semesterTable, SEMESTER_ROWS } from '../../../../shared/domain/monitoring/implementation'
import { allMilestones, allStrategies } from '../../../../shared/domain/monitoring/skeleton'
import { behindSchedule, boardOrder } from '../../../../shared/domain/monitoring/status'
import { readWith } from './build'
import { sampleYear } from './sample-year'

const done = (on: string) => ({ status: 'done' as const, completedOn: on, output: true })

describe('quarter figures per milestone', () => {
  it.each([
    ['no actions: every percentage reads "—", never 0%', [], 1, { tracked: 0, completed: 0, onTime: 0, behind: 0, late: 0 }, ['—', '—', '—']],
    ['all done on time', [{ id: 'a', due: '2026-09', months: { '2026-09': done('2026-09-10') } }, { id: 'b', due: '2026-10', months: { '2026-10': done('2026-10-02') } }], 1, { tracked: 2, completed: 2, onTime: 2, behind: 0, late: 0 }, ['100%', '100%', '0%']],
    ['a late completion is completed but not on time, and not behind', [{ id: 'a', due: '2026-08', months: { '2026-10': done('2026-10-20') } }, { id: 'b', due: '2026-12' }], 1, { tracked: 2, completed: 1, onTime: 1, behind: 0, late: 1 }, ['50%', '50%', '0%']],
    ['an overdue action counts as behind even if nobody said so', [{ id: 'a', due: '2026-09', months: { '2026-08': { status: 'on-track' } } }], 1, { tracked: 1, completed: 0, onTime: 0, behind: 1, late: 0 }, ['0%', '0%', '100%']],
    ['an action added mid-year does not count before it joined', [{ id: 'a', months: { '2026-09': done('2026-09-01') } }, { id: 'b', addedIn: '2027-01' }], 1, { tracked: 1, completed: 1, onTime: 1, behind: 0, late: 0 }, ['100%', '100%', '0%']],
    ['an action added mid-year counts from its quarter on', [{ id: 'a', months: { '2026-09': done('2026-09-01') } }, { id: 'b', addedIn: '2027-01' }], 3, { tracked: 2, completed: 1, onTime: 2, behind: 0, late: 0 }, ['50%', '100%', '0%']],
  ] as const)('%s', (_label, actions, quarter, figures, cells) => {
    const read = readWith(actions)
    const m = allMilestones(read.skeleton!)[0]!
    expect(quarterFigures(read, m, quarter, '2027-07')).toMatchObject(figures)
    const table = quarterTable(read, m, '2027-07')
    expect(table.map((r) => r[0])).toEqual(Object.values(QUARTER_ROWS))
    expect([table[0]![quarter], table[2]![quarter], table[3]![quarter]]).toEqual(cells)
  })

  it('leaves quarters that have not begun blank and computes the running one as of today', () => {
    const read = readWith([{ id: 'a', due: '2026-12', months: { '2026-09': { status: 'on-track' } } }])
    const table = quarterTable(read, allMilestones(read.skeleton!)[0]!, '2026-09')
    expect(table[0]).toEqual([QUARTER_ROWS.completed, '0%', '', '', ''])
    expect(table[2]).toEqual([QUARTER_ROWS.onTime, '100%', '', '', ''])
  })

  it('lists the outputs produced with their links', () => {
    const read = readWith([{ id: 'a', months: { '2026-08': { ...done('2026-08-02'), link: 'https://example.org/x' } } }])
    expect(quarterFigures(read, allMilestones(read.skeleton!)[0]!, 1, '2026-10').outputs).toEqual(['1.1.1.1 a output (https://example.org/x)'])
    expect(quarterFigures(read, allMilestones(read.skeleton!)[0]!, 2, '2026-12').outputs).toEqual([])
  })
})

describe('semester figures per strategy', () => {
  it.each([
    ['no actions: no milestones to count', [], 1, 1, { tracked: 0, completed: 0, behind: [] }, '—'],
    ['all done', [{ id: 'a', months: { '2026-09': done('2026-09-01') } }, { id: 'b', months: { '2026-10': done('2026-10-01') } }], 2, 1, { tracked: 2, completed: 2, behind: [] }, '100%'],
    ['one milestone behind, one done', [{ id: 'a', months: { '2026-09': done('2026-09-01') } }, { id: 'b', due: '2026-11' }], 2, 1, { tracked: 2, completed: 1, behind: ['1.1.2'] }, '50%'],
    ['late completion completes the milestone by semester 2', [{ id: 'a', due: '2026-10', months: { '2027-02': done('2027-02-01') } }], 1, 2, { tracked: 1, completed: 1, behind: [] }, '100%'],
    ['an action added mid-year reopens a finished milestone', [{ id: 'a', months: { '2026-09': done('2026-09-01') } }, { id: 'b', addedIn: '2027-01', due: '2027-02' }], 1, 2, { tracked: 1, completed: 0, behind: ['1.1.1'] }, '0%'],
  ] as const)('%s', (_label, actions, milestones, semester, figures, cell) => {
    const read = readWith(actions, milestones)
    const s = allStrategies(read.skeleton!)[0]!
    expect(semesterFigures(read, s, semester, '2027-07')).toMatchObject(figures)
    const table = semesterTable(read, s, '2027-07')
    expect(table.map((r) => r[0])).toEqual(Object.values(SEMESTER_ROWS))
    expect(table[0]![semester]).toBe(cell)
  })
})

describe('the sample year', () => {
  const { read } = sampleYear()
  const [m1, m2, m3] = allMilestones(read.skeleton!)
  const [s1, s2] = allStrategies(read.skeleton!)

  it('shows milestone 1.1.1 complete in Q2 with one late completion', () => {
    expect(quarterTable(read, m1!, '2027-07').map((r) => r.slice(0, 3))).toEqual([
      [QUARTER_ROWS.completed, '67%', '100%'],
      [QUARTER_ROWS.outputs, '1.1.1.1 Coach contract (https://example.org/coach-contract); 1.1.1.2 Coaching calendar', '1.1.1.3 Training record'],
      [QUARTER_ROWS.onTime, '67%', '67%'],
      [QUARTER_ROWS.behind, '0%', '0%'],
      [QUARTER_ROWS.cause, '', ''],
      [QUARTER_ROWS.resources, 'Coach salary $20k of $80k', ''],
      [QUARTER_ROWS.comments, '', ''],
    ])
  })

  it('shows milestone 1.1.2 behind in Q3 and complete, one late, in Q4', () => {
    const t = quarterTable(read, m2!, '2027-07')
    expect(t[0]!.slice(1)).toEqual(['0%', '0%', '50%', '100%'])
    expect(t[3]!.slice(1)).toEqual(['0%', '0%', '50%', '0%'])
    expect(t[2]!.slice(1)).toEqual(['100%', '100%', '50%', '50%'])
  })

  it('counts the action added in January (the last month of Q2) from Q2 on in milestone 2.1.1', () => {
    const q1 = quarterFigures(read, m3!, 1, '2027-07')
    const q2 = quarterFigures(read, m3!, 2, '2027-07')
    expect([q1.tracked, q2.tracked]).toEqual([2, 3])
    expect(quarterTable(read, m3!, '2027-07')[0]!.slice(1)).toEqual(['50%', '33%', '67%', '67%'])
  })

  it('reports the semester tables with the milestones behind', () => {
    expect(semesterTable(read, s1!, '2027-07')).toEqual([
      [SEMESTER_ROWS.completed, '50%', '100%'],
      [SEMESTER_ROWS.behind, '0', '0'],
      [SEMESTER_ROWS.cause, '', ''],
    ])
    expect(semesterTable(read, s2!, '2027-07')[1]).toEqual([SEMESTER_ROWS.behind, '1: 2.1.1', '1: 2.1.1'])
  })

  it('lists behind-schedule actions first on the monthly board', () => {
    expect(behindSchedule(read, '2027-02').map((b) => b.number)).toEqual(['1.1.2.2', '2.1.1.2'])
    expect(boardOrder(read, '2027-02').map((a) => a.number).slice(0, 2)).toEqual(['1.1.2.2', '2.1.1.2'])
  })
})
