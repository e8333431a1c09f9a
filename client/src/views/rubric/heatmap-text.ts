/** The words behind each heatmap cell, shared by the tooltip, screen readers and the PNG export. */
import type { Rubric } from '../../../../shared/content/rubric-model'
import { medianLabel, type ElementStats } from '../../../../shared/domain/rubric/aggregate'

export function distributionText(rubric: Rubric, stats: ElementStats | undefined): string {
  if (!stats) return 'Individual picks not revealed yet.'
  if (stats.n === 0) return 'Nobody picked a level.'
  const counts = rubric.levels.map((l, i) => `${l.label} ${stats.counts[i] ?? 0}`).join(', ')
  return `Picks (${stats.n}): ${counts}. Median: ${medianLabel(rubric, stats.median)}.${stats.disagreement ? ' Disagreement: picks two or more levels apart.' : ''}`
}

export function teamLevelText(rubric: Rubric, level: number | null | undefined): string {
  return level === null || level === undefined ? 'Team level not set' : `Team level: ${rubric.levels[level]?.label ?? ''}`
}
