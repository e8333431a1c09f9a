/**
 * WebSocket close codes the relay sends and the client reads: the one list both sides share.
 * y-websocket treats 4400–4499 as permanent (it stops reconnecting); every other code is retried.
 */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  policy: 1008,
  tooBig: 1009,
  serverError: 1011,
  /** the server is restarting: reconnect (to this or another instance) */
  restart: 1012,
  /** this connection fell too far behind reading (backpressure): reconnect and resync */
  tryAgainLater: 1013,
  /** the member's role changed: reconnect (with a fresh ticket) and reload who you are */
  roleChanged: 4000,
  /** an update was refused because it cannot be applied: the client must reload that document */
  updateRefused: 4400,
  /** the member was removed, or this device signed out: do not reconnect */
  removed: 4401,
  /** the member may no longer read this document (e.g. moved to another breakout group) */
  accessRevoked: 4403,
  /** a write was refused (e.g. the board is locked): the client must reload to drop it */
  writeRefused: 4409,
  /** the stored state this client was sent could not be applied and was quarantined: it must reload that document */
  repaired: 4410,
  /** a write would pass a storage quota: the client must reload that document */
  overQuota: 4413,
  /** the member has too many sockets open */
  tooManySockets: 4429,
} as const
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE]
