import { describe, expect, it } from 'vitest'
import { keyboardMove, type Direction } from '../../../client/src/views/swot/keyboard-move'
import type { SwotQuadrant } from '../../../shared/content/swot-prompts'

const sizes = { strengths: 3, weaknesses: 2, opportunities: 1, threats: 0 }

describe('moving a SWOT item with Alt+Arrow keys', () => {
  it.each<[string, SwotQuadrant, number, Direction, ReturnType<typeof keyboardMove>]>([
    ['moves up within its quadrant', 'strengths', 2, 'up', { quadrant: 'strengths', index: 1 }],
    ['moves down within its quadrant', 'strengths', 0, 'down', { quadrant: 'strengths', index: 1 }],
    ['crosses from the bottom of Strengths to the top of Opportunities', 'strengths', 2, 'down', { quadrant: 'opportunities', index: 0 }],
    ['crosses from the top of Opportunities to the end of Strengths', 'opportunities', 0, 'up', { quadrant: 'strengths', index: 3 }],
    ['crosses right from Strengths to Weaknesses at the same position', 'strengths', 1, 'right', { quadrant: 'weaknesses', index: 1 }],
    ['crosses left into a shorter quadrant at its end', 'weaknesses', 1, 'left', { quadrant: 'strengths', index: 1 }],
    ['crosses right into an empty quadrant', 'opportunities', 0, 'right', { quadrant: 'threats', index: 0 }],
    ['stays put at the top edge', 'weaknesses', 0, 'up', null],
    ['stays put at the right edge', 'weaknesses', 0, 'right', null],
    ['stays put at the bottom edge', 'opportunities', 0, 'down', null],
  ])('%s', (_name, quadrant, index, direction, expected) => {
    expect(keyboardMove({ quadrant, index }, direction, sizes)).toEqual(expected)
  })
})
