/**
 * Order keys as strings that sort with plain `<` (code-unit order, never localeCompare): there is
 * always a key between two distinct keys, so a move is one field write. Keys are an integer part
 * (head letter gives its length) plus a base-62 fraction; the scheme follows rocicorp's CC0
 * `fractional-indexing`, rewritten here so shared/ has no extra dependency. Two clients that insert
 * at the same spot at once get the same key: callers break ties by item id (see `byOrderThenId`).
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ZERO = DIGITS[0] as string
const LAST = DIGITS[DIGITS.length - 1] as string
/** the smallest integer part; a key equal to it has no room below */
const SMALLEST_INTEGER = 'A' + ZERO.repeat(26)

function integerLength(head: string): number | null {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2
  return null
}

function split(key: string): { readonly int: string; readonly frac: string } | null {
  const len = integerLength(key.charAt(0))
  if (len === null || len > key.length) return null
  return { int: key.slice(0, len), frac: key.slice(len) }
}

/** Keys arrive from remote documents, so they are checked before anyone computes with them. */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 1000 || key === SMALLEST_INTEGER) return false
  for (const ch of key) if (!DIGITS.includes(ch)) return false
  const parts = split(key)
  return parts !== null && !parts.frac.endsWith(ZERO)
}

/** A fraction strictly between `a` and `b` (`b === null` means 1); neither may end in ZERO. */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0
    while ((a[n] ?? ZERO) === b[n]) n++
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n))
  }
  const digitA = a ? DIGITS.indexOf(a.charAt(0)) : 0
  const digitB = b !== null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length
  if (digitB - digitA > 1) return DIGITS.charAt(Math.round((digitA + digitB) / 2))
  if (b !== null && b.length > 1) return b.slice(0, 1)
  return DIGITS.charAt(digitA) + midpoint(a.slice(1), null)
}

function incrementInteger(int: string): string | null {
  const head = int.charAt(0)
  const digits = int.slice(1).split('')
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] as string) + 1
    if (d < DIGITS.length) {
      digits[i] = DIGITS.charAt(d)
      return head + digits.join('')
    }
    digits[i] = ZERO
  }
  if (head === 'Z') return 'a' + ZERO
  if (head === 'z') return null
  const next = String.fromCharCode(head.charCodeAt(0) + 1)
  if (next > 'a') digits.push(ZERO)
  else digits.pop()
  return next + digits.join('')
}

function decrementInteger(int: string): string | null {
  const head = int.charAt(0)
  const digits = int.slice(1).split('')
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i] as string) - 1
    if (d >= 0) {
      digits[i] = DIGITS.charAt(d)
      return head + digits.join('')
    }
    digits[i] = LAST
  }
  if (head === 'a') return 'Z' + LAST
  if (head === 'A') return null
  const prev = String.fromCharCode(head.charCodeAt(0) - 1)
  if (prev < 'Z') digits.push(LAST)
  else digits.pop()
  return prev + digits.join('')
}

/**
 * A key strictly between `a` and `b` (null = open end). Throws on invalid keys or `a >= b`: callers
 * pass keys they read through `isOrderKey`, or use `keyAt`, which copes with ties and bad keys.
 */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null && !isOrderKey(a)) throw new Error(`invalid order key "${a}"`)
  if (b !== null && !isOrderKey(b)) throw new Error(`invalid order key "${b}"`)
  if (a !== null && b !== null && a >= b) throw new Error(`order key "${a}" is not below "${b}"`)
  if (a === null && b === null) return 'a' + ZERO
  if (a === null) {
    const { int, frac } = split(b as string)!
    if (int === SMALLEST_INTEGER) return int + midpoint('', frac)
    if (int < (b as string)) return int
    const dec = decrementInteger(int)
    if (dec === null) throw new Error('order key space exhausted below')
    return dec
  }
  const pa = split(a)!
  if (b === null) {
    const inc = incrementInteger(pa.int)
    return inc === null ? pa.int + midpoint(pa.frac, null) : inc
  }
  const pb = split(b)!
  if (pa.int === pb.int) return pa.int + midpoint(pa.frac, pb.frac)
  const inc = incrementInteger(pa.int)
  if (inc !== null && inc < b) return inc
  return pa.int + midpoint(pa.frac, null)
}

/** `n` ascending keys between `a` and `b`, spread by bisection so they stay short. */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return []
  if (n === 1) return [keyBetween(a, b)]
  if (b === null) {
    const out: string[] = []
    let prev = a
    for (let i = 0; i < n; i++) out.push((prev = keyBetween(prev, null)))
    return out
  }
  const mid = Math.floor(n / 2)
  const pivot = keyBetween(a, b)
  return [...keysBetween(a, pivot, mid), pivot, ...keysBetween(pivot, b, n - mid - 1)]
}

/**
 * The key that puts a new item at `index` among siblings whose keys are `sorted` (ascending, as
 * displayed). Invalid keys are skipped; equal neighbours (a concurrent-insert tie) are stepped over,
 * so the item lands just after the tied group rather than failing.
 */
export function keyAt(sorted: readonly (string | undefined)[], index: number): string {
  const valid = (k: string | undefined): k is string => isOrderKey(k)
  let before: string | null = null
  for (let i = Math.min(index, sorted.length) - 1; i >= 0 && before === null; i--) {
    const k = sorted[i]
    if (valid(k)) before = k
  }
  let after: string | null = null
  for (let i = Math.max(index, 0); i < sorted.length && after === null; i++) {
    const k = sorted[i]
    if (valid(k) && (before === null || k > before)) after = k
  }
  return keyBetween(before, after)
}

/** Sibling order: fractional key, then id so concurrent equal keys sort the same everywhere. */
export function byOrderThenId(a: { readonly order: string; readonly id: string }, b: { readonly order: string; readonly id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
