/**
 * Names and short texts people type: no control characters (NUL, vertical tab, escape, …) and no
 * lone surrogates, which render as garbage, break exports and can smuggle look-alike names.
 * Tab and newline are allowed only where a caller says so (multi-line notes).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** the problem with `text`, or undefined when it is fine */
export function plainTextProblem(text: string, options: { multiline?: boolean } = {}): string | undefined {
  if ((options.multiline ? CONTROL : CONTROL_SINGLE_LINE).test(text)) return 'must not contain control characters'
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired surrogate characters'
  return undefined
}
