// Makes a built bundle ASCII, so V8 holds its source as a one-byte string (one "—" in a comment made
// it hold the whole ~0.5 MB main bundle as a two-byte string, ~1 MB of every process's heap).
//
// esbuild escapes non-ASCII characters in strings and templates but keeps comments as written, and
// keeps them in regular-expression literals too. So:
// - a line that is only comment ("/**", " *", "//") gets one ASCII character for each, so no
//   source-map column moves;
// - any other line gets "\uXXXX" escapes, which mean the same character in a string, a regular
//   expression or an identifier. (Replacing them there changed meaning: /…/g became /./g, which
//   matches every character.)

const ONE_FOR_ONE = { '—': '-', '–': '-', '’': "'", '‘': "'", '“': '"', '”': '"', '→': '>', '←': '<', '×': 'x', '…': '.', '≤': '<', '≥': '>' }
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/g
const COMMENT_LINE = /^\s*(\/\*|\*|\/\/)/

const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** @param {string} text @returns {string} */
export function toAscii(text) {
  return text
    .split('\n')
    .map((line) => (COMMENT_LINE.test(line) ? line.replace(NON_ASCII, (c) => ONE_FOR_ONE[c] ?? '?') : line.replace(NON_ASCII, escape)))
    .join('\n')
}
