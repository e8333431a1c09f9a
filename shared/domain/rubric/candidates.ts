/**
 * Candidate SWOT items from the team's consensus levels: the lower half of the levels (Tool C:
 * Consistently Low, Basic) become candidate weaknesses, the top level (optionally the one below it)
 * candidate strengths — each with the team evidence and the element code (e.g. "2a3"). Pure; the
 * SWOT feature decides what to do with them. The rubric is "not a needs assessment", only one input.
 */
import type { Rubric } from '../../content/rubric-model'
import { isLevelIndex, rubricElements } from './structure'
import type { LevelIndex, TeamState } from './types'

export type SwotCandidate = {
  /** element id, carried into the plan as the practice code, e.g. "2a3" */
  readonly code: string
  readonly domainId: string
  /** short label for the SWOT card, e.g. "Induction program for new teachers & leaders (Basic Performance)" */
  readonly text: string
  /** the element statement, for a details view */
  readonly statement: string
  readonly evidence: string
  readonly level: LevelIndex
  readonly levelLabel: string
}

export type SwotCandidates = {
  readonly strengths: readonly SwotCandidate[]
  readonly weaknesses: readonly SwotCandidate[]
}

export type CandidateOptions = {
  /** also offer the second-highest level (Tool C: Moderate) as a strength */
  readonly moderateAsStrength?: boolean
}

export function swotCandidates(rubric: Rubric, team: TeamState, options: CandidateOptions = {}): SwotCandidates {
  const top = rubric.levels.length - 1
  const weakBelow = Math.floor(rubric.levels.length / 2)
  const strengths: SwotCandidate[] = []
  const weaknesses: SwotCandidate[] = []
  for (const { element, domain } of rubricElements(rubric)) {
    const consensus = team.elements[element.id]
    const level = consensus?.level
    if (consensus === undefined || !isLevelIndex(rubric, level)) continue
    const levelLabel = rubric.levels[level]?.label ?? ''
    const candidate: SwotCandidate = {
      code: element.id,
      domainId: domain.id,
      text: `${element.shortTitle} (${levelLabel})`,
      statement: element.statement.text,
      evidence: consensus.evidence.trim(),
      level,
      levelLabel,
    }
    if (level < weakBelow) weaknesses.push(candidate)
    else if (level === top || (options.moderateAsStrength === true && level === top - 1)) strengths.push(candidate)
  }
  return { strengths, weaknesses }
}
