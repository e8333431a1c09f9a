/**
 * Links read from documents are untrusted (any participant can write raw Yjs): only http:, https:
 * and mailto: URLs are ever rendered as a link; anything else (javascript:, data:, vbscript:,
 * relative paths, …) is shown as text by the caller. Whitespace or control characters anywhere
 * reject the link, because browsers strip them inside a scheme ("java\tscript:").
 */
const SCHEME = /^(https?:\/\/[^/?#\s]|mailto:[^\s])/i
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007F-\u00A0\u2000-\u200F\u2028-\u202F\uFEFF]/

export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text.length === 0 || text.length > 2048 || INVISIBLE.test(text)) return undefined
  return SCHEME.test(text) ? text : undefined
}
