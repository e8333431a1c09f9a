/**
 * A stored plan → the printable documents: the plan a board signs (cover, contents, Tool A's
 * sections, attribution) and the separate review list of quality findings, which never appears
 * in the signed document. Draft or final comes from the snapshot's mark, not from the plan.
 */
import { humanDate, safeLocale } from '../render/dates'
import type { Block, DocStatus, PaperSize, RenderDocument } from '../render/model'
import type { PlanDocument } from './document'
import { atAGlance, attributionBlocks, direction, h, overview, p, planning, signatures } from './blocks'
import { needsBlocks, reportingBlocks, supportsBlocks } from './needs-blocks'

export type PlanRenderOptions = {
  readonly version: number
  readonly status: DocStatus
  /** overrides the plan's own setting (e.g. `?paper=a4`) */
  readonly paper?: PaperSize
}

const field = (plan: PlanDocument, id: string) => plan.sections.atAGlance.fields.find((f) => f.id === id)?.value.trim() ?? ''

export function planBlocks(plan: PlanDocument): Block[] {
  const locale = safeLocale(plan.settings.locale || undefined)
  const s = plan.sections
  return [
    ...atAGlance(s.atAGlance, locale),
    ...direction(s.direction),
    ...overview(s.overview, s.planning),
    ...signatures(s.signatures, locale),
    ...needsBlocks(s.needs),
    ...planning(s.planning),
    ...reportingBlocks(s.reporting),
    ...supportsBlocks(s.supports),
    ...attributionBlocks(plan),
  ]
}

function cover(plan: PlanDocument, o: PlanRenderOptions, locale: string): [string, string][] {
  const lines: [string, string][] = [
    ['District', field(plan, 'district')],
    ['School', field(plan, 'schoolName')],
    ['Date of Plan', humanDate(field(plan, 'dateOfPlan'), locale)],
    ['Date of Update', humanDate(field(plan, 'dateOfUpdate'), locale)],
    ['Version', String(o.version)],
    ['Status', o.status === 'final' ? 'Final' : 'Draft — not yet approved'],
  ]
  return lines.filter(([, v]) => v !== '')
}

export function renderPlan(plan: PlanDocument, o: PlanRenderOptions): RenderDocument {
  const locale = safeLocale(plan.settings.locale || undefined)
  return {
    title: plan.title,
    kind: 'School Improvement Plan',
    organisation: field(plan, 'schoolName') || field(plan, 'district'),
    cover: cover(plan, o, locale),
    status: o.status,
    paper: o.paper ?? plan.settings.paper,
    lang: locale,
    toc: true,
    blocks: planBlocks(plan),
  }
}

/** The review export: what the quality checks found, for the team to decide on. Never signed. */
export function renderReview(plan: PlanDocument, o: PlanRenderOptions): RenderDocument {
  const locale = safeLocale(plan.settings.locale || undefined)
  const findings = plan.quality
  return {
    title: `Review notes — ${plan.title}`,
    kind: 'Plan review (not for signature)',
    organisation: field(plan, 'schoolName') || field(plan, 'district'),
    cover: cover(plan, o, locale).filter(([k]) => k !== 'Status'),
    // the review list is a working paper whatever the plan's status; it carries no draft mark
    status: 'final',
    paper: o.paper ?? plan.settings.paper,
    lang: locale,
    toc: false,
    blocks: [
      h(1, 'Plan quality findings'),
      ...p('Reported for the team to decide on; nothing was changed automatically. These notes are not part of the plan the board signs.', 'note'),
      ...(findings.length ? [{ type: 'list', items: findings.map((q) => q.message) } as const] : p('The checks found nothing to review.')),
    ],
  }
}
