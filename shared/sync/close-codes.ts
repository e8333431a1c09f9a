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
  /** the member's role changed: reconnect (with a fresh ticket) and reload who you are */
  roleChanged: 4000,
  /** the member was removed, or this device signed out: do not reconnect */
  removed: 4403,
  /** a write was refused (e.g. the board is locked): the client must reload to drop it */
  writeRefused: 4409,
} as const
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE]
