/** An SVG run chart for one indicator, targets drawn as steps; the data table beside it is the accessible alternative. */
import { runChartScale, type RunChartInput } from '../../../../shared/domain/monitoring/runchart'

export function RunChart({ input, title }: { input: RunChartInput; title: string }) {
  const c = runChartScale(input)
  return (
    <svg viewBox={`0 0 ${c.width} ${c.height}`} className="run-chart" role="img" aria-label={`Run chart: ${title}. The table below lists the same values.`}>
      <rect x={c.plot.left} y={c.plot.top} width={c.plot.right - c.plot.left} height={c.plot.bottom - c.plot.top} fill="#fff" stroke="#cbd5e1" />
      {c.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={c.plot.left} x2={c.plot.right} y1={t.y} y2={t.y} stroke="#e2e8f0" />
          <text x={c.plot.left - 6} y={t.y + 4} textAnchor="end" fontSize="11" fill="#334155">{t.value}</text>
        </g>
      ))}
      {c.xSlots.map((s) => <text key={s.key} x={s.x} y={c.plot.bottom + 16} textAnchor="middle" fontSize="10" fill="#334155">{s.label}</text>)}
      {c.baseline && <line x1={c.plot.left} x2={c.plot.right} y1={c.baseline.y} y2={c.baseline.y} stroke="#64748b" strokeDasharray="2 3"><title>Baseline {c.baseline.value}</title></line>}
      {c.targets.map((t) => (
        <g key={t.year}>
          <line x1={t.x1} x2={t.x2} y1={t.y} y2={t.y} stroke="#b45309" strokeWidth="2" strokeDasharray="6 3" />
          <text x={t.x2 - 4} y={t.y - 4} textAnchor="end" fontSize="10" fill="#92400e">Target Y{t.year}: {t.value}</text>
        </g>
      ))}
      {c.segments.map((seg, i) => (
        <g key={i}>
          <polyline points={seg.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#1d4ed8" strokeWidth="2" />
          {seg.map((p) => <circle key={p.label} cx={p.x} cy={p.y} r="4" fill="#1d4ed8"><title>{p.label}: {p.value}</title></circle>)}
        </g>
      ))}
      <text x={c.plot.left} y={c.height - 6} fontSize="10" fill="#334155">Dashed orange: yearly target · dotted grey: baseline · gaps: no value entered</text>
    </svg>
  )
}
