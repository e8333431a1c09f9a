/**
 * The driver diagram drawn from the followed plan (pure layout in shared/domain/monitoring/driver.ts):
 * aim → primary drivers (priorities) → secondary drivers (strategies) → change ideas (actions and
 * PDSA cycles). Each node shows its status as a colour and as text; SVG and PNG downloads.
 */
import { useRef } from 'react'
import { DRIVER_COLUMNS, DRIVER_STATUS_LABELS, driverTree, layoutDriverDiagram, type DriverStatus } from '../../../../shared/domain/monitoring/driver'
import { monthLabel } from '../../../../shared/domain/monitoring/periods'
import { savePng, saveSvg } from './diagram-files'
import { useMonitoringContext } from './context'

const FILL = { 'not-started': '#f1f5f9', 'on-track': '#dcfce7', 'at-risk': '#fef3c7', behind: '#fee2e2', done: '#dbeafe', none: '#ffffff' } as const satisfies Record<DriverStatus, string>
const STROKE = { 'not-started': '#64748b', 'on-track': '#166534', 'at-risk': '#92400e', behind: '#b91c1c', done: '#1d4ed8', none: '#94a3b8' } as const satisfies Record<DriverStatus, string>

export function DriverPanel() {
  const { read, month } = useMonitoringContext()
  const svg = useRef<SVGSVGElement>(null)
  const d = layoutDriverDiagram(driverTree(read, month))
  const name = 'driver-diagram'
  return (
    <section aria-labelledby="driver-heading">
      <h3 id="driver-heading">Driver diagram ({monthLabel(month)})</h3>
      <div className="toolbar">
        <button type="button" onClick={() => svg.current && saveSvg(svg.current, name)}>Download SVG</button>
        <button type="button" onClick={() => svg.current && void savePng(svg.current, name)}>Download PNG</button>
      </div>
      <div className="diagram-scroll">
        <svg ref={svg} viewBox={`0 0 ${d.width} ${d.height}`} width={d.width} height={d.height} role="img" aria-label={`Driver diagram with ${d.nodes.length} nodes; the list below gives the same content`} fontFamily="system-ui, sans-serif">
          <rect width={d.width} height={d.height} fill="#ffffff" />
          {DRIVER_COLUMNS.map((c, i) => <text key={c} x={16 + i * 250} y={28} fontSize="13" fontWeight="bold" fill="#0f172a">{c}</text>)}
          {d.edges.map((e) => <path key={`${e.from}-${e.to}`} d={`M${e.x1},${e.y1} C${e.x1 + 30},${e.y1} ${e.x2 - 30},${e.y2} ${e.x2},${e.y2}`} fill="none" stroke="#94a3b8" />)}
          {d.nodes.map((n) => (
            <g key={n.id} data-node={n.id} data-status={n.status}>
              <rect x={n.x} y={n.y} width={n.width} height={n.height} rx="6" fill={FILL[n.status]} stroke={STROKE[n.status]} strokeWidth={n.status === 'behind' ? 2.5 : 1.2} />
              {n.lines.map((l, i) => <text key={i} x={n.x + 8} y={n.y + 8 + 12 + i * 16} fontSize="12" fill="#0f172a">{l}</text>)}
              <text x={n.x + 8} y={n.y + n.height - 8} fontSize="10" fontWeight="bold" fill={STROKE[n.status]}>{DRIVER_STATUS_LABELS[n.status]}</text>
            </g>
          ))}
        </svg>
      </div>
      <details>
        <summary>The diagram as a list</summary>
        <ul>
          {d.nodes.map((n) => <li key={n.id} style={{ marginLeft: `${n.column * 1.25}rem` }}>{DRIVER_COLUMNS[n.column]}: {n.text} — {DRIVER_STATUS_LABELS[n.status]}</li>)}
        </ul>
      </details>
    </section>
  )
}
