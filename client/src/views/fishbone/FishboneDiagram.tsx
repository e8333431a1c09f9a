/**
 * The diagram panel: lays the fishbone out with real text measurement on every change, shows it
 * fitted to the panel width or zoomed (scroll or drag to pan), and exports it as SVG or PNG.
 */
import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import { layoutFishbone } from '../../../../shared/domain/fishbone/layout'
import { DiagramSvg } from './DiagramSvg'
import { downloadPng, downloadSvg, fileSlug } from '../../ui/svg-export'
import { createCanvasMeasure } from './measure'

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const
type Zoom = 'fit' | (typeof ZOOMS)[number]
/** "Fit" never shrinks labels below this scale: a big diagram scrolls instead of turning illegible */
const MIN_FIT = 0.7

interface Props {
  readonly fishbone: Fishbone
  readonly selectedId?: string | undefined
  readonly onSelect: (causeId: string) => void
  readonly announce: (message: string) => void
}

export function FishboneDiagram({ fishbone, selectedId, onSelect, announce }: Props) {
  const measure = useMemo(() => createCanvasMeasure(), [])
  const layout = useMemo(() => layoutFishbone(fishbone, { measure }), [fishbone, measure])
  const [zoom, setZoom] = useState<Zoom>('fit')
  const svgRef = useRef<SVGSVGElement>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null)
  const ids = useId()
  const name = fileSlug(fishbone.head.text, 'fishbone')
  const panelWidth = usePanelWidth(scroller)
  const fitWidth = Math.round(Math.max(layout.viewBox.width * MIN_FIT, Math.min(panelWidth || layout.viewBox.width, layout.viewBox.width * 1.5)))

  const step = (dir: 1 | -1) => {
    const current = zoom === 'fit' ? fitWidth / layout.viewBox.width : zoom
    const next = dir > 0 ? ZOOMS.find((z) => z > current + 0.01) : [...ZOOMS].reverse().find((z) => z < current - 0.01)
    if (next !== undefined) setZoom(next)
  }
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const el = scroller.current
    if (!el || e.button !== 0) return
    drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const el = scroller.current
    const d = drag.current
    if (!el || !d) return
    el.scrollLeft = d.left - (e.clientX - d.x)
    el.scrollTop = d.top - (e.clientY - d.y)
  }
  // a fishbone is read from its head (drawn on the right): a diagram wider than the panel opens there
  // (once per fishbone, after the panel is measured: later growth never yanks a view someone panned)
  const openedFor = useRef<string | undefined>(undefined)
  useEffect(() => {
    const el = scroller.current
    if (!el || panelWidth === 0 || openedFor.current === fishbone.id) return
    openedFor.current = fishbone.id
    if (selectedId) return
    // the head sits at the right end of the spine, which runs through the middle
    if (el.scrollWidth > el.clientWidth) el.scrollLeft = el.scrollWidth
    if (el.scrollHeight > el.clientHeight) el.scrollTop = (el.scrollHeight - el.clientHeight) / 2
  }, [fishbone.id, panelWidth, selectedId])
  // pan (never the page) so the cause being edited is in view, highlighted, while the outline scrolls
  useEffect(() => {
    const el = scroller.current
    const target = selectedId ? el?.querySelector(`[data-cause-group="${CSS.escape(selectedId)}"]`) : null
    if (!el || !target) return
    const box = target.getBoundingClientRect()
    const view = el.getBoundingClientRect()
    if (box.left < view.left || box.right > view.right) el.scrollLeft += box.left - view.left - (view.width - box.width) / 2
    if (box.top < view.top || box.bottom > view.bottom) el.scrollTop += box.top - view.top - (view.height - box.height) / 2
  }, [selectedId, zoom])
  const exportPng = () => {
    if (!svgRef.current) return
    downloadPng(svgRef.current, name).then(
      () => announce('PNG downloaded'),
      (e: unknown) => announce(e instanceof Error ? e.message : 'The PNG could not be made.'),
    )
  }

  return (
    <section className="fb-diagram" aria-labelledby={`${ids}-h`}>
      <div className="fb-toolbar">
        <h3 id={`${ids}-h`}>Diagram</h3>
        <div className="row" role="group" aria-label="Zoom">
          <button type="button" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
            Fit to width
          </button>
          <button type="button" onClick={() => step(-1)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
            100%
          </button>
          <button type="button" onClick={() => step(1)} aria-label="Zoom in">
            +
          </button>
          <span className="muted small" aria-live="polite">
            {zoom === 'fit' ? `Fitted (${Math.round((fitWidth / layout.viewBox.width) * 100)}%)` : `${Math.round(zoom * 100)}%`}
          </span>
        </div>
        <div className="row" role="group" aria-label="Export">
          <button type="button" onClick={() => svgRef.current && downloadSvg(svgRef.current, name)}>
            Export SVG
          </button>
          <button type="button" onClick={exportPng}>
            Export PNG
          </button>
        </div>
      </div>
      <div
        ref={scroller}
        className="fb-canvas"
        tabIndex={0}
        role="region"
        aria-label="Fishbone diagram (scroll to pan)"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerLeave={() => (drag.current = null)}
      >
        <DiagramSvg
          fishbone={fishbone}
          layout={layout}
          titleId={`${ids}-t`}
          descId={`${ids}-d`}
          selectedId={selectedId}
          onSelect={onSelect}
          svgRef={svgRef}
          width={zoom === 'fit' ? fitWidth : Math.round(layout.viewBox.width * zoom)}
        />
      </div>
      <p className="muted small fb-legend">
        Thick line: top cause · dashed line: tagged as a symptom · amber box: the cause being edited · select a cause on the diagram to edit it in the outline.
      </p>
    </section>
  )
}

function usePanelWidth(ref: { readonly current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(() => setWidth(el.clientWidth - 2))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}
