/**
 * The fishbone drawn as SVG from a computed layout. Every style is an attribute (no CSS classes) so
 * the exported file looks the same anywhere; states are shown by line weight and dashes, not colour.
 */
import type { Ref } from 'react'
import type { Cause, Fishbone } from '../../../../shared/doc/fishbone-read'
import type { FishboneLayout, LaidLabel } from '../../../../shared/domain/fishbone/layout'
import type { Segment } from '../../../../shared/domain/fishbone/geometry'
import { DIAGRAM_FONT } from './measure'

const INK = '#0f172a'
const BONE = '#334155'
const ACCENT = '#1d4ed8'

interface Props {
  readonly fishbone: Fishbone
  readonly layout: FishboneLayout
  readonly width?: number
  readonly titleId: string
  readonly descId: string
  readonly selectedId?: string | undefined
  readonly onSelect?: (causeId: string) => void
  readonly svgRef?: Ref<SVGSVGElement>
}

// labels are drawn in the weight they were measured in, so a label never outgrows its box
function Label({ label, fill = INK, causeId, full }: { label: LaidLabel; fill?: string; causeId?: string; full?: string }) {
  const { rect, lines, fontSize, lineHeight, align } = label
  const x = align === 'end' ? rect.x + rect.width : align === 'middle' ? rect.x + rect.width / 2 : rect.x
  // baseline of line i: centred in its line box, about 0.8 em below the top of the glyphs
  const baseline = (i: number) => rect.y + i * lineHeight + (lineHeight - fontSize) / 2 + fontSize * 0.8
  return (
    <text x={x} fontSize={fontSize} fontFamily={DIAGRAM_FONT} fill={fill} textAnchor={align} data-cause-id={causeId}>
      {full !== undefined && <title>{full}</title>}
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={baseline(i)}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

const line = (s: Segment, stroke: string, width: number, dash?: string) => (
  <line x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={stroke} strokeWidth={width} strokeDasharray={dash} strokeLinecap="round" />
)

function causeStroke(c: Cause | undefined): { stroke: string; width: number; dash?: string } {
  if (c?.prioritised) return { stroke: ACCENT, width: 3.5 }
  if (c?.kind === 'symptom') return { stroke: BONE, width: 1.5, dash: '5 4' }
  return { stroke: BONE, width: 1.5 }
}

export function DiagramSvg({ fishbone, layout, width, titleId, descId, selectedId, onSelect, svgRef }: Props) {
  const { viewBox: vb, head, spine } = layout
  const byId = new Map(fishbone.causes.map((c) => [c.id, c]))
  const headText = fishbone.head.text.trim() || 'Untitled fishbone'
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      width={width ?? vb.width}
      height={((width ?? vb.width) * vb.height) / vb.width}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{`Fishbone diagram: ${headText}`}</title>
      <desc id={descId}>{`${fishbone.causes.length} causes on ${fishbone.bones.length} bones. The outline beside the diagram lists every cause.`}</desc>
      <rect x={vb.x} y={vb.y} width={vb.width} height={vb.height} fill="#ffffff" />
      {line(spine, INK, 3)}
      <rect x={head.box.x} y={head.box.y} width={head.box.width} height={head.box.height} rx={8} fill="#eff6ff" stroke={INK} strokeWidth={2} />
      <Label label={head.label} {...(head.label.truncated && { full: headText })} />
      {layout.bones.map((b) => (
        <g key={b.id} data-bone-id={b.id}>
          {line(b.line, INK, 2.5)}
          <Label label={b.label} />
        </g>
      ))}
      {layout.causes.map((lc) => {
        const cause = byId.get(lc.id)
        const s = causeStroke(cause)
        const selected = lc.id === selectedId
        return (
          <g
            key={lc.id}
            data-cause-group={lc.id}
            data-editing={selected ? 'true' : undefined}
            onClick={onSelect && (() => onSelect(lc.id))}
            style={onSelect ? { cursor: 'pointer' } : undefined}
          >
            {selected && <rect data-export="skip" x={lc.label.rect.x - 3} y={lc.label.rect.y - 2} width={lc.label.rect.width + 6} height={lc.label.rect.height + 4} fill="#fef3c7" stroke="#b45309" strokeDasharray="3 2" />}
            {line(lc.branch, s.stroke, s.width, s.dash)}
            {lc.stem && line(lc.stem, BONE, 1.5)}
            <Label label={lc.label} causeId={lc.id} full={cause?.text ?? ''} />
          </g>
        )
      })}
    </svg>
  )
}
