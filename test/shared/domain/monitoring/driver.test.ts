import { describe, expect, it } from 'vitest'
import { driverTree, layoutDriverDiagram, type DriverNode } from '../../../../shared/domain/monitoring/driver'
import type { MonitoringRead } from '../../../../shared/domain/monitoring/model'
import type { PlanSkeleton } from '../../../../shared/domain/monitoring/skeleton'
import { sampleYear } from './sample-year'

const long = 'a rather long label that will need to wrap over several lines inside its box'

function big(): MonitoringRead {
  const skeleton: PlanSkeleton = {
    version: 1,
    title: 'Big',
    goals: [{ id: 'g', number: '1', statement: 'Every student reads on grade level', measures: [] }],
    priorities: [1, 2, 3, 4].map((p) => ({
      id: `p${p}`, number: `${p}`, title: `Priority ${p} ${long}`,
      strategies: [1, 2, 3].map((s) => ({
        id: `s${p}${s}`, number: `${p}.${s}`, statement: `If we ${long}`, measures: [],
        milestones: [{ id: `m${p}${s}`, number: `${p}.${s}.1`, text: 'm', timeline: '', actions: [1, 2, 3, 4].map((a) => ({ id: `a${p}${s}${a}`, number: `${p}.${s}.1.${a}`, text: a === 1 ? long : 'short', outputs: '', timeline: '', resources: '', responsible: '' })) }],
      })),
    })),
  }
  return { skeleton, yearStart: '2026-08', yearLabel: '', planYear: 1, rows: {}, periods: {}, results: {}, annual: {}, pdsa: [] }
}

const overlap = (a: DriverNode, b: DriverNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('driver diagram layout', () => {
  it('lays out 4 priorities × 3 strategies × 4 actions with no overlapping labels', () => {
    const d = layoutDriverDiagram(driverTree(big(), '2026-09'))
    expect(d.nodes.filter((n) => n.column === 1)).toHaveLength(4)
    expect(d.nodes.filter((n) => n.column === 2)).toHaveLength(12)
    expect(d.nodes.filter((n) => n.column === 3)).toHaveLength(48)
    for (let i = 0; i < d.nodes.length; i++) for (let j = i + 1; j < d.nodes.length; j++) expect(overlap(d.nodes[i]!, d.nodes[j]!), `${d.nodes[i]!.id} × ${d.nodes[j]!.id}`).toBe(false)
    for (const n of d.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(d.width)
      expect(n.y + n.height).toBeLessThanOrEqual(d.height)
      expect(n.lines.length).toBeGreaterThan(0)
    }
    expect(d.edges).toHaveLength(4 + 12 + 48)
  })

  it('colours each node by status and rolls status up to the drivers', () => {
    const { read } = sampleYear()
    const d = layoutDriverDiagram(driverTree(read, '2027-02'))
    const byId = new Map(d.nodes.map((n) => [n.id, n]))
    expect(byId.get('act-5')?.status).toBe('behind')
    expect(byId.get('act-1')?.status).toBe('done')
    expect(byId.get('strat-1')?.status).toBe('behind')
    expect(byId.get('prio-2')?.status).toBe('behind')
    expect(byId.get('pdsa-pdsa-2')?.text).toBe('PDSA: Reminders in the home language')
  })
})
