/**
 * The shape of a self-reflection rubric as plain data: rubric → domains → practices → elements →
 * ordered level descriptors, one evidence field per element and one strengths/weaknesses area per
 * domain. Tool C is one value of `Rubric`; another rubric is added as data, not code.
 */

/**
 * Text shown to people, cleaned of transcription errors. `raw` keeps the source cell verbatim for
 * audit (CC BY asks us to indicate changes) and is present only where cleaning changed more than
 * the standard code prefix ("1a1. ", "1a. ").
 */
export type SourcedText = { readonly text: string; readonly raw?: string }

/** A performance level; `id` is stable for storage and CSV, `label` is what people read. */
export type RubricLevel = { readonly id: string; readonly label: string }

export type RubricElement = {
  /** e.g. "2a3" — also the code a weakness or a root cause carries into the plan */
  readonly id: string
  /** a short label for lists and SWOT candidates; derived by us, not in the source */
  readonly shortTitle: string
  readonly statement: SourcedText
  /** one descriptor per rubric level, lowest first (same length as `Rubric.levels`) */
  readonly levels: readonly SourcedText[]
}

export type RubricPractice = {
  /** e.g. "1a" */
  readonly id: string
  readonly title: SourcedText
  readonly elements: readonly RubricElement[]
}

export type RubricDomain = {
  /** e.g. "1"; the printed headings number domains wrongly, so ids come from the element codes */
  readonly id: string
  readonly number: number
  readonly title: SourcedText
  /** label of the free-text "Strengths and Weaknesses in …" area of this domain */
  readonly strengthsWeaknesses: SourcedText
  readonly practices: readonly RubricPractice[]
}

export type RubricSource = {
  readonly citation: string
  readonly license: string
  readonly licenseUrl: string
  /** the one string the product shows wherever the rubric text appears */
  readonly attribution: string
}

export type Rubric = {
  readonly id: string
  readonly title: string
  readonly source: RubricSource
  /** lowest first; an element's `levels[i]` describes `levels[i]` */
  readonly levels: readonly RubricLevel[]
  /**
   * True when each level's descriptor extends the one below it ("And …"), so a level must be
   * shown as everything beneath it plus its own text, never as an independent option.
   */
  readonly cumulative: boolean
  /** label of the per-element free-text evidence column */
  readonly evidenceLabel: string
  /** caveats the UI must show next to results (e.g. "not a needs assessment") */
  readonly notes: readonly string[]
  readonly domains: readonly RubricDomain[]
}
