/** Random ids for items, boards, rounds and drafts: 16 url-safe characters (matches ID_PATTERN). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_')
}
