/**
 * The boards a workspace offers, in navigation order. Each view is a lazily loaded component that
 * reads everything it needs from the workspace context; add a board by adding a line here.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface BoardView {
  readonly id: string
  readonly label: string
  readonly component: LazyExoticComponent<ComponentType>
  /** shown only to facilitators */
  readonly facilitatorOnly?: boolean
}

/** In the order of a session: self-reflect → SWOT → root causes → plan, then the symposium boards. */
export const BOARD_VIEWS: readonly BoardView[] = [
  { id: 'whiteboard', label: 'Whiteboard', component: lazy(() => import('./whiteboard/WhiteboardView')) },
  { id: 'rubric', label: 'Self-reflection', component: lazy(() => import('./rubric/RubricView')) },
  { id: 'swot', label: 'SWOT', component: lazy(() => import('./swot/SwotView')) },
  { id: 'fishbone', label: 'Fishbone', component: lazy(() => import('./fishbone/FishboneView')) },
  { id: 'plan', label: 'Plan', component: lazy(() => import('./plan/PlanView')) },
  { id: 'monitoring', label: 'Monitoring', component: lazy(() => import('./monitoring/MonitoringView')) },
  { id: 'group', label: 'Breakout groups', component: lazy(() => import('./group/GroupView')) },
  { id: 'synthesis', label: 'Synthesis', component: lazy(() => import('./synthesis/SynthesisView')) },
  { id: 'facilitator', label: 'Facilitator panel', component: lazy(() => import('./facilitator/FacilitatorView')), facilitatorOnly: true },
]

export const DEFAULT_VIEW = 'whiteboard'

export function findView(id: string | undefined): BoardView {
  return BOARD_VIEWS.find((v) => v.id === id) ?? BOARD_VIEWS.find((v) => v.id === DEFAULT_VIEW)!
}
