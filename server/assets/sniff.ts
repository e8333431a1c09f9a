/**
 * The content types an upload may have, recognised from the bytes themselves (magic numbers), not
 * from the request's Content-Type, which the sender chooses. SVG is refused: it is a document that
 * can carry script, and an image is all the whiteboard needs.
 */
export const ASSET_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type AssetType = (typeof ASSET_TYPES)[number]

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

/** The allowed type these bytes are, or undefined (unknown, or a type we refuse). */
export function sniffAssetType(bytes: Uint8Array): AssetType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return undefined
}
