/**
 * Board id → its lazily loaded view. Everything else about a board (label, roots, lockable, who
 * may open it) is in shared/doc/boards.ts; a board missing here is a compile error.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { BoardId } from '../../../shared/doc/boards'

export type BoardComponents = Readonly<Record<BoardId, LazyExoticComponent<ComponentType>>>

export const BOARD_COMPONENTS = {
  whiteboard: lazy(() => import('./whiteboard/WhiteboardView')),
  rubric: lazy(() => import('./rubric/RubricView')),
  swot: lazy(() => import('./swot/SwotView')),
  fishbone: lazy(() => import('./fishbone/FishboneView')),
  plan: lazy(() => import('./plan/PlanView')),
  monitoring: lazy(() => import('./monitoring/MonitoringView')),
  group: lazy(() => import('./group/GroupView')),
  gallery: lazy(() => import('./group/GalleryView')),
  'share-out': lazy(() => import('./group/ShareOutView')),
  synthesis: lazy(() => import('./synthesis/SynthesisView')),
  facilitator: lazy(() => import('./facilitator/FacilitatorView')),
} as const satisfies BoardComponents
