/**
 * Dates for documents people sign: "4 March 2025" in the workspace's locale, not an ISO stamp.
 * Intl is part of the language (no DOM, no node:*), so this runs the same in browser and server.
 */
export const DEFAULT_LOCALE = 'en-US'

/** A supported BCP 47 tag, or the default: a bad locale in a stored setting must not break an export. */
export function safeLocale(tag: string | undefined): string {
  if (!tag) return DEFAULT_LOCALE
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

/** Intl puts thin and narrow no-break spaces around range dashes; plain spaces print in every font. */
const plainSpaces = (s: string) => s.replace(/[\u2009\u202f]/g, ' ')

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/** "2025-03-04" or an ISO date-time → "March 4, 2025" (en-US) / "4 March 2025" (en-GB); other text is kept as typed. */
export function humanDate(value: string, locale: string): string {
  const m = ISO_DAY.exec(value.trim())
  if (!m) return value
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (Number.isNaN(date.getTime())) return value
  return plainSpaces(new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date))
}

/** Two ISO days → "March 4, 2025" when equal, else "March 2, 2025 – March 4, 2025" (Intl's range format). */
export function humanDateRange(from: string, to: string, locale: string): string {
  const a = ISO_DAY.exec(from)
  const b = ISO_DAY.exec(to)
  if (!a || !b || from.slice(0, 10) === to.slice(0, 10)) return humanDate(to, locale)
  const d = (m: RegExpExecArray) => new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return plainSpaces(new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).formatRange(d(a), d(b)))
}
