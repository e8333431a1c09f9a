/**
 * A printable document as data: a cover, a running header, and a flat list of blocks. Every
 * renderer (Markdown, print HTML, Word, PDF) draws exactly these blocks, so any document the
 * product produces (a plan, a review list, a cadence report) is rendered by the same code.
 * Block text is raw user text; each renderer escapes it for its format.
 */
export const PAPER_SIZES = {
  letter: { label: 'US Letter (8.5 × 11 in)', widthPt: 612, heightPt: 792 },
  a4: { label: 'A4 (210 × 297 mm)', widthPt: 595.28, heightPt: 841.89 },
} as const
export type PaperSize = keyof typeof PAPER_SIZES
export const PAPER_SIZE_IDS = Object.keys(PAPER_SIZES) as [PaperSize, ...PaperSize[]]
export const isPaperSize = (v: unknown): v is PaperSize => typeof v === 'string' && Object.hasOwn(PAPER_SIZES, v)

export type HeadingLevel = 1 | 2 | 3 | 4 | 5

export type Block =
  | { readonly type: 'heading'; readonly level: HeadingLevel; readonly text: string }
  /** `todo` marks a required part nobody has filled in yet ("To be completed") */
  | { readonly type: 'paragraph'; readonly text: string; readonly style?: 'note' | 'quote' | 'strong' | 'todo' }
  | { readonly type: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  /** boxes only, no bullets; depth 1 is a sub-option of the line above */
  | { readonly type: 'checklist'; readonly items: readonly { readonly label: string; readonly checked: boolean; readonly depth: 0 | 1 }[] }
  /** label → value pairs (a form), drawn as a two-column table without a header row */
  | { readonly type: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  /** `widths` are relative column weights; header rows repeat on every page, rows never split */
  /** `tall` rows leave room to write by hand (signatures) */
  | { readonly type: 'table'; readonly caption?: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly widths?: readonly number[]; readonly tall?: boolean }

export type DocStatus = 'draft' | 'final'

export type RenderDocument = {
  readonly title: string
  /** what kind of document it is ("School Improvement Plan"), shown above the title on the cover */
  readonly kind: string
  /** the school or district: the running header of every page after the cover */
  readonly organisation: string
  /** cover lines under the title: "Date of plan — 4 March 2025", "Version — 3" */
  readonly cover: readonly (readonly [string, string])[]
  /** a draft carries draft marks (cover and running header); a final document carries none */
  readonly status: DocStatus
  readonly paper: PaperSize
  /** BCP 47 tag of the document's language (the workspace locale) */
  readonly lang: string
  /** a table of contents of heading levels 1–3 after the cover */
  readonly toc: boolean
  readonly blocks: readonly Block[]
}

export const DRAFT_MARK = 'Draft — not yet approved'
export const TOC_TITLE = 'Contents'
export const TODO_TEXT = 'To be completed'

/**
 * A document that carries its own title heading in its blocks (a monitoring report): no cover page,
 * no contents, no draft mark, US Letter.
 */
export const plainDocument = (title: string, blocks: readonly Block[]): RenderDocument => ({
  title, kind: '', organisation: '', cover: [], status: 'final', paper: 'letter', lang: 'en-US', toc: false, blocks,
})
export const hasCover = (d: Pick<RenderDocument, 'cover' | 'kind'>): boolean => d.cover.length > 0 || d.kind !== ''

/** The running header line: organisation, and the draft mark only while a draft. */
export const runningHeader = (d: Pick<RenderDocument, 'organisation' | 'title' | 'status'>): string =>
  [d.organisation.trim() || d.title, d.status === 'draft' ? DRAFT_MARK : ''].filter(Boolean).join(' · ')

/** "Page 3 of 12", the footer every paged renderer writes. */
export const pageLabel = (page: number, total: number): string => `Page ${page} of ${total}`

/** The headings a table of contents lists (levels 1–3). */
export const tocEntries = (blocks: readonly Block[]): { level: HeadingLevel; text: string }[] =>
  blocks.flatMap((b) => (b.type === 'heading' && b.level <= 3 ? [{ level: b.level, text: b.text }] : []))
