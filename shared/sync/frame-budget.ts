/**
 * How big a local edit may be so that the update it produces fits in one websocket frame of the
 * relay (`maxFrameBytes`, from GET /api/config). A y-websocket update message is the Yjs update
 * plus a few bytes of framing; the update adds item headers, client ids and a delete set to the
 * content. The headroom covers those with a wide margin, so a measured edit under the budget
 * never produces a frame the relay closes with 1009.
 */
export const FRAME_HEADROOM_BYTES = 8 * 1024

/** the largest content a single local edit may carry */
export function editBudget(maxFrameBytes: number): number {
  return Math.max(1024, maxFrameBytes - FRAME_HEADROOM_BYTES)
}

/** bytes `text` takes as UTF-8 (as Yjs encodes strings), without allocating an encoded copy */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // a surrogate pair is one 4-byte character
      i++
    } else bytes += 3
  }
  return bytes
}

const KIB = 1024
/** a size as a person reads it: "640 KiB", "2.0 MiB" */
export function formatBytes(bytes: number): string {
  return bytes < KIB * KIB ? `${Math.ceil(bytes / KIB)} KiB` : `${(bytes / (KIB * KIB)).toFixed(1)} MiB`
}
