/** The view's URL parameters: `f` selects a fishbone, `why` a SWOT item to drill into with 5 Whys. */

export interface FishboneParams {
  readonly f?: string
  readonly why?: string
}

const clean = (v: string | null): string | undefined => (v && v.length <= 200 ? v : undefined)

export function parseParams(search: string): FishboneParams {
  const q = new URLSearchParams(search)
  const f = clean(q.get('f'))
  const why = clean(q.get('why'))
  return { ...(f && { f }), ...(why && { why }) }
}

/** The search string with `f` set (other parameters kept), for history.replaceState. */
export function withFishbone(search: string, id: string): string {
  const q = new URLSearchParams(search)
  q.set('f', id)
  return `?${q.toString()}`
}
