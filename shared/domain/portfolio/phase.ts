/**
 * How far a school's cycle has come, from what its workspace shows: the furthest step with
 * something in it. Monitoring comes from issue 16's data once wired (see server/orgs/monitoring.ts).
 */
export const PHASES = {
  none: 'Not started',
  rubric: 'Rubric revealed',
  swot: 'SWOT',
  rootCauses: 'Root causes',
  plan: 'Plan',
  final: 'Final snapshot',
  monitoring: 'Monitoring',
} as const
export type Phase = keyof typeof PHASES
export const PHASE_IDS = Object.keys(PHASES) as [Phase, ...Phase[]]

export type PhaseFacts = {
  readonly rubricRevealed: boolean
  readonly swotItems: number
  readonly rootCauses: number
  readonly strategies: number
  readonly finalSnapshot: boolean
  readonly monitoring: boolean
}

export function phaseReached(f: PhaseFacts): Phase {
  const reached = {
    none: true,
    rubric: f.rubricRevealed,
    swot: f.swotItems > 0,
    rootCauses: f.rootCauses > 0,
    plan: f.strategies > 0,
    final: f.finalSnapshot,
    monitoring: f.monitoring,
  } satisfies Record<Phase, boolean>
  return [...PHASE_IDS].reverse().find((p) => reached[p]) ?? 'none'
}
