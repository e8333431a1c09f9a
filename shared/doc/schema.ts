/**
 * The one module that names the roots of every workspace document. Feature modules reach their
 * data through the accessors below, never through `doc.getMap('…')` with a literal name, so a
 * rename or a schema bump happens here and nowhere else.
 */
import * as Y from 'yjs'

export const SCHEMA_VERSION = 1

/** Roots per document kind. Values are the Yjs root names and must never change once shipped. */
export const ROOTS = {
  board: {
    /** workspace facts the snapshot needs (district, school, dates) — Y.Map<string, unknown> */
    meta: 'meta',
    /** SWOT boards and their items */
    swot: 'swot',
    /** fishbone diagrams, bones, causes */
    fishbone: 'fishbone',
    /** 5 Whys chains */
    whys: 'whys',
    /** team consensus levels and evidence for rubric elements; strengths/weaknesses per domain */
    rubricTeam: 'rubricTeam',
    /** the improvement-plan draft (Tool A) */
    plan: 'plan',
    /** points of agreement / disagreement / distinction */
    synthesis: 'synthesis',
    /** free notes (also used by breakout groups) */
    notes: 'notes',
  },
  whiteboard: {
    /** tldraw records as a YKeyValue array: [{ key: recordId, val: record }] */
    records: 'tldraw',
  },
  control: {
    /** agenda, phase, timer, locks, reveal state, anonymity, breakouts, spotlight, rounds */
    control: 'control',
  },
  published: {
    /** server-computed results: rubric aggregates, vote tallies, progress counts */
    published: 'published',
  },
  monitoring: {
    /** the followed plan version and its skeleton (written by the server when a facilitator picks it) */
    plan: 'plan',
    /** one Y.Map per action, keyed by action id; per-month fields "<YYYY-MM>.<field>" */
    rows: 'rows',
    /** team-written quarter/semester texts per milestone/strategy (Y.Text, created by the server) */
    periods: 'periods',
    /** actual values per goal indicator / strategy measure per reporting period */
    results: 'results',
    /** PDSA cycles, keyed by cycle id */
    pdsa: 'pdsa',
  },
  comments: {
    /** coach comment threads, keyed by thread id; server-written only */
    threads: 'threads',
  },
  private: {
    /** this member's rubric picks and evidence */
    rubric: 'rubric',
    /** silent-brainstorm drafts */
    drafts: 'drafts',
    /** this member's dot votes */
    votes: 'votes',
  },
} as const

type RootsOf<K extends keyof typeof ROOTS> = (typeof ROOTS)[K]

/** Breakout group boards share the board's roots so every board view works on them unchanged. */
export const GROUP_ROOTS = ROOTS.board

export function boardRoot(doc: Y.Doc, root: keyof RootsOf<'board'>): Y.Map<unknown> {
  return doc.getMap(ROOTS.board[root])
}
export function controlRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOTS.control.control)
}
export function publishedRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOTS.published.published)
}
export function privateRoot(doc: Y.Doc, root: keyof RootsOf<'private'>): Y.Map<unknown> {
  return doc.getMap(ROOTS.private[root])
}
export function monitoringRoot(doc: Y.Doc, root: keyof RootsOf<'monitoring'>): Y.Map<unknown> {
  return doc.getMap(ROOTS.monitoring[root])
}
export function commentThreads(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOTS.comments.threads)
}
export function whiteboardRecords(doc: Y.Doc): Y.Array<{ key: string; val: unknown }> {
  return doc.getArray(ROOTS.whiteboard.records)
}
