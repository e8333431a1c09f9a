/**
 * `ticketed(provider, fetchTicket)`: a stock y-websocket provider that opens every connection
 * with a fresh single-use ticket instead of a long-lived token in its URL. Create the provider with
 * `connect: false`; this fetches a ticket, sets `provider.params.ticket` (read at each connect) and
 * connects. When a connection closes and the provider would retry, the retry is taken over: its own
 * timer would reuse the spent ticket. Permanent closes (4400–4499, e.g. removed, write refused) and
 * deliberate `disconnect()`s are left alone. A refused ticket request (signed out, removed, expired)
 * stops for good and is reported through `onRefused`.
 */
import type { WebsocketProvider } from 'y-websocket'

export type TicketResult = { readonly ok: true; readonly ticket: string } | { readonly ok: false; readonly permanent: boolean; readonly message: string }

export interface TicketedOptions {
  /** called once when the server will not give this device a ticket any more */
  readonly onRefused?: (message: string) => void
  /** the URL parameters of each connection, given the current ones, just before it opens */
  readonly params?: (current: Readonly<Record<string, string>>) => Record<string, string> | Promise<Record<string, string>>
}

export function ticketed(provider: WebsocketProvider, fetchTicket: () => Promise<TicketResult>, options: TicketedOptions = {}): () => void {
  let stopped = false
  let fetching = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const open = async () => {
    if (stopped || fetching) return
    fetching = true
    const [got, params] = await Promise.all([
      fetchTicket().catch((): TicketResult => ({ ok: false, permanent: false, message: 'cannot reach the server' })),
      options.params ? options.params(provider.params) : provider.params,
    ])
    fetching = false
    if (stopped) return
    if (!got.ok) {
      if (got.permanent) {
        stopped = true
        options.onRefused?.(got.message)
      } else retryLater()
      return
    }
    provider.params = { ...params, ticket: got.ticket }
    provider.connect()
  }

  const retryLater = () => {
    clearTimeout(timer)
    // the provider's own backoff: doubles with every failed attempt, capped by maxBackoffTime
    const delay = Math.min(2 ** provider.wsUnsuccessfulReconnects * 100, provider.maxBackoffTime)
    timer = setTimeout(() => void open(), delay)
  }

  const onClose = (event: CloseEvent | null) => {
    // `disconnect()` clears shouldConnect before closing: a deliberate close is not ours to undo
    if (stopped || !provider.shouldConnect) return
    if (event && !provider.shouldReconnect(event, provider)) return
    // the provider is about to schedule a retry with the spent ticket: make that retry a no-op
    provider.shouldConnect = false
    retryLater()
  }

  provider.on('connection-close', onClose)
  void open()
  return () => {
    stopped = true
    clearTimeout(timer)
    provider.off('connection-close', onClose)
  }
}
