/**
 * Every board a workspace offers, once: its label, the `board`-document roots it owns (a lock on
 * the board refuses members' writes to exactly those), whether a facilitator may lock it, and who
 * may open it. The relay's lock check and every client view read this table.
 */
import { ROOTS } from './schema'

export interface BoardMeta {
  readonly label: string
  /** roots of the `board` document this board writes; the whiteboard has its own document */
  readonly roots: readonly string[]
  /** offered in the facilitator's lock list */
  readonly lockable: boolean
  /** shown only to facilitators */
  readonly facilitatorOnly: boolean
}

const board = (label: string, roots: readonly string[], lockable = true): BoardMeta => ({ label, roots, lockable, facilitatorOnly: false })

/** In the order of a session: self-reflect → SWOT → root causes → plan, then the symposium boards. */
export const BOARDS = {
  whiteboard: board('Whiteboard', []),
  rubric: board('Self-reflection', [ROOTS.board.rubricTeam]),
  swot: board('SWOT', [ROOTS.board.swot]),
  fishbone: board('Fishbone', [ROOTS.board.fishbone, ROOTS.board.whys]),
  plan: board('Plan', [ROOTS.board.plan]),
  // the year's monitoring lives in its own `monitoring` document (no lock: members write statuses there)
  monitoring: board('Monitoring', [], false),
  // group boards live in their own `group/<id>` documents, guarded by assignment, not by locks
  group: board('Breakout groups', [], false),
  gallery: board('Gallery walk', [ROOTS.board.gallery]),
  'share-out': board('Share-out', [], false),
  synthesis: board('Synthesis', [ROOTS.board.synthesis]),
  facilitator: { label: 'Facilitator panel', roots: [], lockable: false, facilitatorOnly: true },
} as const satisfies Record<string, BoardMeta>

export type BoardId = keyof typeof BOARDS
export const BOARD_IDS = Object.keys(BOARDS) as [BoardId, ...BoardId[]]
export const DEFAULT_BOARD: BoardId = 'whiteboard'

export const isBoardId = (id: string): id is BoardId => Object.hasOwn(BOARDS, id)
export const boardLabel = (id: string): string => (isBoardId(id) ? BOARDS[id].label : id)

/** Boards the facilitator may lock for review, in navigation order. */
export const LOCKABLE_BOARDS: readonly BoardId[] = BOARD_IDS.filter((id) => BOARDS[id].lockable)

/**
 * Board id (as stored in the control document's locks) → the roots it owns, for the relay.
 * `direction` and `notes` are kept because older agendas and stored locks name them.
 */
export const BOARD_ROOTS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(LOCKABLE_BOARDS.filter((id) => BOARDS[id].roots.length > 0).map((id) => [id, BOARDS[id].roots])),
  direction: [ROOTS.board.plan],
  notes: [ROOTS.board.notes],
}

/** The boards a member of this role sees in the navigation. */
export const boardsFor = (role: string): readonly BoardId[] => BOARD_IDS.filter((id) => !BOARDS[id].facilitatorOnly || role === 'facilitator')

/** The board a URL segment names, or the default board for anything unknown. */
export const boardOrDefault = (id: string | undefined): BoardId => (id !== undefined && isBoardId(id) ? id : DEFAULT_BOARD)

/** Boards a phase or spotlight may send everyone to: id → label (not the facilitator panel; `group` is the lobby). */
export const SHARED_BOARDS: ReadonlyMap<string, string> = new Map(BOARD_IDS.filter((id) => !BOARDS[id].facilitatorOnly).map((id) => [id, BOARDS[id].label]))
export const FACILITATOR_ONLY_BOARDS: ReadonlySet<string> = new Set(BOARD_IDS.filter((id) => BOARDS[id].facilitatorOnly))
