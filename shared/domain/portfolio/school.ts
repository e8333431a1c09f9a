/**
 * One school's data as the roll-ups read it: the team's agreed rubric levels, the root causes and
 * the plan's priorities and strategies, taken from a workspace's board (never a private document).
 * `schoolData` copies named fields only, so nothing else a board holds (authors, who set a level,
 * action owners) can reach a roll-up, whatever the caller passes in.
 */
import type { SnapshotInput } from '../../plan/input'
import type { SchoolRef } from './schema'

export type SchoolData = SchoolRef & {
  readonly anonymous: boolean
  readonly rubric: readonly { readonly elementId: string; readonly level: 0 | 1 | 2 | 3 | null; readonly evidence: string }[]
  readonly rootCauses: readonly { readonly text: string; readonly practiceCode: string | null; readonly systemic: boolean; readonly evidence: string }[]
  readonly priorities: readonly {
    readonly title: string
    readonly strategies: readonly { readonly statement: string; readonly practiceCode: string | null }[]
  }[]
}

/** "If we …, then …, and …." with empty parts left out. */
export function theoryOfAction(parts: { readonly ifWe: string; readonly then: string; readonly and: string }): string {
  const bits = [parts.ifWe.trim(), parts.then.trim(), parts.and.trim()]
  const [ifWe, then, and] = bits
  if (!ifWe && !then && !and) return ''
  const out = [ifWe && (/^if\b/i.test(ifWe) ? ifWe : `If we ${ifWe}`), then && `then ${then.replace(/^then\s+/i, '')}`, and && `and ${and.replace(/^and\s+/i, '')}`]
  return out.filter(Boolean).join(', ').replace(/[.\s]*$/, '.')
}

export function schoolData(ref: SchoolRef, input: SnapshotInput, anonymous: boolean): SchoolData {
  return {
    workspaceId: ref.workspaceId,
    school: ref.school,
    anonymous,
    rubric: (input.rubric ?? []).map((r) => ({ elementId: r.elementId, level: r.level, evidence: r.evidence })),
    rootCauses: (input.causes ?? [])
      .filter((c) => c.kind === 'cause')
      .map((c) => ({
        text: c.text,
        practiceCode: c.practiceCode ?? null,
        // shared by several heads is systemic even when nobody ticked it (as in the plan's rule)
        systemic: c.systemic || c.headIds.length > 1,
        evidence: c.evidence,
      })),
    priorities: (input.plan?.priorities ?? []).map((p) => ({
      title: p.title,
      strategies: p.strategies.map((st) => ({ statement: theoryOfAction(st), practiceCode: st.practiceCode })),
    })),
  }
}
