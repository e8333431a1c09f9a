/**
 * Why a named board mutation (SWOT, fishbone, 5 Whys, votes) refused to write. A refused mutation
 * writes nothing: each one checks its targets before it opens its transaction's first write.
 */
export type BoardEntity = 'swot-board' | 'swot-item' | 'fishbone' | 'bone' | 'cause' | 'whys-chain' | 'why-row'

export type BoardError =
  | { readonly code: 'not-found'; readonly what: BoardEntity; readonly id: string }
  | { readonly code: 'exists'; readonly what: BoardEntity; readonly id: string }
  | { readonly code: 'invalid'; readonly message: string }

export const notFound = (what: BoardEntity, id: string): BoardError => ({ code: 'not-found', what, id })
export const exists = (what: BoardEntity, id: string): BoardError => ({ code: 'exists', what, id })
export const invalid = (message: string): BoardError => ({ code: 'invalid', message })
