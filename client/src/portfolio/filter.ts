/** Portfolio search and filter, as a pure function: text matches school or title; status is the phase reached. */
import type { PortfolioEntry } from '../../../shared/api/orgs'
import type { Phase } from '../../../shared/domain/portfolio/phase'

export type PortfolioFilter = { readonly text: string; readonly phase: Phase | '' }

export function filterPortfolio(entries: readonly PortfolioEntry[], f: PortfolioFilter): PortfolioEntry[] {
  const q = f.text.trim().toLowerCase()
  return entries.filter((e) => (!q || e.school.toLowerCase().includes(q) || e.title.toLowerCase().includes(q)) && (!f.phase || e.phase === f.phase))
}
