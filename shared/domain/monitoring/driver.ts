/**
 * A driver diagram drawn from the followed plan, laid out like the fishbone (pure geometry for an
 * SVG): aim (the goals) → primary drivers (priority areas) → secondary drivers (strategies) →
 * change ideas (actions and their PDSA cycles), one column each. Guarantee: boxes in a column never
 * overlap — each subtree gets a band at least as tall as its own box and its children's band, and
 * bands are stacked top to bottom.
 */
import { approximateMeasure, type Measure, wrapText } from '../fishbone/wrap'
import type { MonitoringRead } from './model'
import { STATUS_LABELS } from './model'
import { isBehind, stateAt } from './status'

export const DRIVER_COLUMNS = ['Aim', 'Primary drivers', 'Secondary drivers', 'Change ideas'] as const
export type DriverStatus = 'not-started' | 'on-track' | 'at-risk' | 'behind' | 'done' | 'none'
export const DRIVER_STATUS_LABELS = { ...STATUS_LABELS, none: 'No actions' } as const satisfies Record<DriverStatus, string>

export interface DriverNode {
  readonly id: string
  readonly column: 0 | 1 | 2 | 3
  readonly text: string
  readonly status: DriverStatus
  readonly parentId: string | null
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly lines: readonly string[]
  readonly truncated: boolean
}
export interface DriverDiagram {
  readonly width: number
  readonly height: number
  readonly nodes: readonly DriverNode[]
  readonly edges: readonly { readonly from: string; readonly to: string; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }[]
}

/** statusLine: room under the text for the status word, so colour is never the only signal */
const OPTIONS = { colWidth: 190, colGap: 60, fontSize: 12, lineHeight: 16, pad: 8, statusLine: 14, gap: 10, maxLines: 5, margin: 16, headerHeight: 28 }

interface Tree {
  readonly id: string
  readonly column: 0 | 1 | 2 | 3
  readonly text: string
  readonly status: DriverStatus
  readonly children: readonly Tree[]
}

function combine(statuses: readonly DriverStatus[]): DriverStatus {
  const real = statuses.filter((s) => s !== 'none')
  if (real.length === 0) return 'none'
  for (const s of ['behind', 'at-risk'] as const) if (real.includes(s)) return s
  if (real.every((s) => s === 'done')) return 'done'
  if (real.every((s) => s === 'not-started')) return 'not-started'
  return 'on-track'
}

export function driverTree(read: MonitoringRead, month: string): Tree {
  const sk = read.skeleton
  const actionStatus = (id: string): DriverStatus => (isBehind(read.rows[id], month) ? 'behind' : stateAt(read.rows[id], month).status)
  const priorities: Tree[] = (sk?.priorities ?? []).map((p) => {
    const strategies: Tree[] = p.strategies.map((s) => {
      const ideas: Tree[] = s.milestones.flatMap((m) =>
        m.actions.map((a) => {
          const cycles = read.pdsa.filter((c) => c.target.kind === 'action' && c.target.id === a.id)
          const suffix = cycles.length ? ` · ${cycles.length} PDSA cycle${cycles.length > 1 ? 's' : ''}` : ''
          return { id: a.id, column: 3 as const, text: `${a.number} ${a.text}${suffix}`, status: actionStatus(a.id), children: [] }
        }),
      )
      const own = read.pdsa.filter((c) => c.target.kind === 'strategy' && c.target.id === s.id)
      const cycleIdeas: Tree[] = own.map((c) => ({ id: `pdsa-${c.id}`, column: 3 as const, text: `PDSA: ${c.plan.change || 'untitled change'}`, status: c.act.decision === 'adopt' ? 'done' : 'on-track', children: [] }))
      const children = [...ideas, ...cycleIdeas]
      return { id: s.id, column: 2 as const, text: `Strategy ${s.number} ${s.statement}`, status: combine(ideas.map((i) => i.status)), children }
    })
    return { id: p.id, column: 1 as const, text: `Priority ${p.number} ${p.title}`, status: combine(strategies.map((s) => s.status)), children: strategies }
  })
  const aim = sk?.goals.map((g) => `Goal ${g.number}: ${g.statement}`).join(' · ') || 'Aim: the plan has no goal yet'
  return { id: 'aim', column: 0, text: aim, status: combine(priorities.map((p) => p.status)), children: priorities }
}

export function layoutDriverDiagram(tree: Tree, measure: Measure = approximateMeasure): DriverDiagram {
  const o = OPTIONS
  const nodes: DriverNode[] = []
  const edges: DriverDiagram['edges'][number][] = []
  const boxOf = (t: Tree) => {
    const wrapped = wrapText(t.text, o.colWidth - 2 * o.pad, o.fontSize, t.column === 0 ? 12 : o.maxLines, measure)
    return { wrapped, height: wrapped.lines.length * o.lineHeight + 2 * o.pad + o.statusLine }
  }
  const x = (col: number) => o.margin + col * (o.colWidth + o.colGap)
  /** places `t` in the band starting at `top`; returns the band's bottom */
  const place = (t: Tree, top: number, parentId: string | null): { bottom: number; node: DriverNode } => {
    const { wrapped, height } = boxOf(t)
    let cursor = top
    const kids: DriverNode[] = []
    for (const c of t.children) {
      const placed = place(c, cursor, t.id)
      kids.push(placed.node)
      cursor = placed.bottom + o.gap
    }
    const childBand = kids.length ? cursor - o.gap - top : 0
    const band = Math.max(height, childBand)
    const y = top + (band - height) / 2
    const node: DriverNode = { id: t.id, column: t.column, text: t.text, status: t.status, parentId, x: x(t.column), y, width: o.colWidth, height, lines: wrapped.lines, truncated: wrapped.truncated }
    nodes.push(node)
    for (const k of kids) edges.push({ from: t.id, to: k.id, x1: node.x + node.width, y1: node.y + node.height / 2, x2: k.x, y2: k.y + k.height / 2 })
    return { bottom: top + band, node }
  }
  const { bottom } = place(tree, o.margin + o.headerHeight, null)
  return { width: x(4) - o.colGap + o.margin, height: bottom + o.margin, nodes: nodes.reverse(), edges }
}
