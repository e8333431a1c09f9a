/**
 * The school year as reporting periods: twelve months from the year's first month ("2026-08"),
 * quarters of three months and semesters of two quarters (Tool A's columns). Months are "YYYY-MM"
 * strings, so they compare in order as plain strings.
 */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
export const QUARTERS = [1, 2, 3, 4] as const
export type Quarter = (typeof QUARTERS)[number]
export const SEMESTERS = [1, 2] as const
export type Semester = (typeof SEMESTERS)[number]

export const QUARTER_LABELS = { 1: '1st Quarter', 2: '2nd Quarter', 3: '3rd Quarter', 4: '4th Quarter' } as const satisfies Record<Quarter, string>
export const SEMESTER_LABELS = { 1: '1st Semester', 2: '2nd Semester' } as const satisfies Record<Semester, string>

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const yearMonths = (yearStart: string): string[] => Array.from({ length: 12 }, (_, i) => addMonths(yearStart, i))
export const quarterMonths = (yearStart: string, q: Quarter): string[] => [0, 1, 2].map((i) => addMonths(yearStart, (q - 1) * 3 + i))
export const quarterEnd = (yearStart: string, q: Quarter): string => addMonths(yearStart, q * 3 - 1)
export const semesterQuarters = (s: Semester): readonly [Quarter, Quarter] => (s === 1 ? [1, 2] : [3, 4])
export const semesterEnd = (yearStart: string, s: Semester): string => quarterEnd(yearStart, s === 1 ? 2 : 4)

/** The quarter a month falls in, or null outside the year. */
export function quarterOf(yearStart: string, month: string): Quarter | null {
  const i = yearMonths(yearStart).indexOf(month)
  return i < 0 ? null : ((Math.floor(i / 3) + 1) as Quarter)
}

export const monthOfDate = (isoDate: string): string => isoDate.slice(0, 7)

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
// Made on first use: a formatter built when the module loads maps ~5 MB of ICU date data into
// every server process at start-up, whether or not it ever labels a month.
let names: Intl.DateTimeFormat | undefined
export const monthLabel = (month: string): string =>
  MONTH.test(month) ? (names ??= new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${month}-01T00:00:00Z`)) : month

/**
 * A due month read from an action's free-text timeline ("by Dec 2026", "2027-03", "October"):
 * the last month named, placed inside the school year when no year is given; null when none is named.
 */
export function dueMonthFromTimeline(timeline: string, yearStart: string): string | null {
  const text = timeline.toLowerCase()
  const iso = [...text.matchAll(/(\d{4})-(0[1-9]|1[0-2])/g)].at(-1)
  if (iso) return `${iso[1]}-${iso[2]}`
  const named = [...text.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{4}))?/g)].at(-1)
  if (!named) return null
  const m = String(MONTH_NAMES.indexOf(named[1] as (typeof MONTH_NAMES)[number]) + 1).padStart(2, '0')
  if (named[2]) return `${named[2]}-${m}`
  return yearMonths(yearStart).find((ym) => ym.endsWith(`-${m}`)) ?? null
}
