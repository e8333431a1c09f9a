/**
 * Fresh plan item ids: random, so two people adding at once never collide, and safe inside a root
 * key. getRandomValues (not randomUUID) because plain-http deployments on a LAN are not secure contexts.
 */
export function newItemId(kind: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return `${kind}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
