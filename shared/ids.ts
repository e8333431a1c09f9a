/**
 * The one id generator: random, url-safe, valid as a document or root key (`ID_PATTERN`).
 * Uses `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) exists outside secure contexts,
 * so adding an item works on a plain-HTTP LAN address such as http://192.168.1.20:8787.
 */
interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T
}

// shared/ has no DOM or node typings; both runtimes provide the Web Crypto global
const random = (): RandomSource => (globalThis as unknown as { crypto: RandomSource }).crypto

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** 16 random characters (96 bits); with a prefix, `<prefix>-<16 characters>`. */
export function newId(prefix?: string): string {
  const bytes = random().getRandomValues(new Uint8Array(16))
  // 64 symbols: b & 63 keeps every symbol equally likely
  const body = Array.from(bytes, (b) => ALPHABET[b & 63]).join('')
  return prefix ? `${prefix}-${body}` : body
}
