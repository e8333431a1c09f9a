/** Board mutation refusals in words a person can act on (shown in the live status line). */
import type { BoardError } from '../../../../shared/doc/board-errors'

const WHAT = {
  'swot-board': 'SWOT board',
  'swot-item': 'SWOT item',
  fishbone: 'fishbone',
  bone: 'bone',
  cause: 'cause',
  'whys-chain': '5 Whys chain',
  'why-row': 'row',
} as const satisfies Record<Extract<BoardError, { what: unknown }>['what'], string>

export function boardErrorText(e: BoardError): string {
  switch (e.code) {
    case 'not-found':
      return `That ${WHAT[e.what]} is gone — someone may have just deleted it.`
    case 'exists':
      return `That ${WHAT[e.what]} is already there.`
    case 'invalid':
      return e.message.charAt(0).toUpperCase() + e.message.slice(1) + '.'
  }
}
