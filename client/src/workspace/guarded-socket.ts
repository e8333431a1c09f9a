/**
 * The last-resort guard under every provider: a WebSocket whose `send` refuses a frame larger
 * than the relay accepts and reports it, instead of sending it and being closed with 1009 — after
 * which the stock provider would resend the same frame on every reconnect, forever. The write
 * paths refuse such edits before they enter the document; this catches anything they missed.
 */
export type SocketClass = typeof WebSocket

export function guardedWebSocket(maxFrameBytes: number, onRefused: (bytes: number) => void, Base: SocketClass = WebSocket): SocketClass {
  return class GuardedWebSocket extends Base {
    override send(data: Parameters<WebSocket['send']>[0]): void {
      // a string's UTF-8 size is at most 3 bytes per UTF-16 unit: an upper bound is enough here
      const bytes = typeof data === 'string' ? data.length * 3 : data instanceof Blob ? data.size : data.byteLength
      if (bytes > maxFrameBytes) {
        onRefused(bytes)
        return
      }
      super.send(data)
    }
  }
}
