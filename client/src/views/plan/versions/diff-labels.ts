/**
 * A diff change (shared/plan/diff.ts) in words: where it is ("Priority Planning & Reporting ›
 * Priority 1 › Strategy 1.2"), which field, and short before/after texts. Pure; ids in the path are
 * resolved to headings through the two plan documents.
 */
import type { PlanChange } from '../../../../../shared/plan/diff'
import type { PlanDocument } from '../../../../../shared/plan/document'
import { SECTION_HEADINGS, type SectionId } from '../../../../../shared/plan/tool-a'

export interface ChangeInWords {
  readonly where: string
  /** '' when a whole item was added or removed */
  readonly field: string
  readonly before: string
  readonly after: string
}

const SEGMENT = /(?:^|\.)([A-Za-z0-9_]+)(?:\[([^\]]*)\])?/g
type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)

export const words = (name: string): string => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}
const singular = (name: string) => words(name).replace(/ies$/, 'y').replace(/s$/, '')
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** A reader's name for an item: its heading or label, its number, a quote of its text, or its place in the list — never its id. */
function itemLabel(collection: string, item: unknown, position: number): string {
  const place = position >= 0 ? ` ${position + 1}` : ''
  if (!isObj(item)) return `${singular(collection)}${place}`
  const named = str(item.heading) ?? str(item.label)
  if (named) return named
  if (str(item.number)) return `${singular(collection)} ${String(item.number)}`
  const text = str(item.title) ?? str(item.text) ?? str(item.name) ?? str(item.question) ?? str(item.message)
  return text ? `${singular(collection)} “${clip(text, 50)}”` : `${singular(collection)}${place}`
}

export function sectionLabel(section: string): string {
  if (Object.hasOwn(SECTION_HEADINGS, section)) return SECTION_HEADINGS[section as SectionId]
  return section === 'quality' ? 'Plan quality findings' : words(section)
}

export function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—'
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  if (typeof v === 'string' || typeof v === 'number') return clip(String(v))
  if (Array.isArray(v)) return v.length === 0 ? '—' : clip(v.map((x, i) => (isObj(x) ? itemLabel('item', x, i) : valueText(x))).join('; '))
  if (isObj(v)) return itemLabel('item', v, -1)
  return '—'
}

export function describeChange(change: PlanChange, before: PlanDocument, after: PlanDocument): ChangeInWords {
  const roots: unknown[] = [after, before]
  const labels: string[] = []
  let field = ''
  for (const m of change.path.matchAll(SEGMENT)) {
    const [, name = '', id] = m
    for (let i = 0; i < roots.length; i++) {
      const here = roots[i]
      roots[i] = isObj(here) ? here[name] : undefined
    }
    if (id === undefined) {
      // "sections" and the section's own key are already said by the section label
      field = name === 'sections' || name === change.section ? '' : name
      continue
    }
    const positions = roots.map((r) => (Array.isArray(r) ? r.findIndex((x) => isObj(x) && x.id === id) : -1))
    const found = roots.map((r, i) => (Array.isArray(r) ? r[positions[i] ?? -1] : undefined))
    const at = found.findIndex((x) => x !== undefined)
    labels.push(itemLabel(name, found[at], positions[at] ?? -1))
    roots.splice(0, roots.length, ...found)
    field = ''
  }
  const section = sectionLabel(change.section)
  const fieldWords = field ? words(field) : ''
  return { where: [section, ...labels].join(' › '), field: fieldWords, before: valueText(change.before), after: valueText(change.after) }
}
