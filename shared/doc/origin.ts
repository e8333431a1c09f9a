/**
 * Who made a change, passed as the Yjs transaction origin. Observers use it to tell their own
 * writes from everyone else's, and the undo manager tracks only `local-user` changes.
 */
export const ORIGINS = {
  /** a person at this client */
  localUser: 'local-user',
  /** the server (reveal, tallies, moving drafts) */
  server: 'server',
  /** a template or demo being loaded */
  template: 'template',
} as const
export type TransactionOrigin = (typeof ORIGINS)[keyof typeof ORIGINS]
