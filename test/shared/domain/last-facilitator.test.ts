import { describe, expect, it } from 'vitest'
import { leavesNoFacilitator } from '../../../shared/domain/last-facilitator'

const kim = { id: 'kim', role: 'facilitator' as const }
const pat = { id: 'pat', role: 'participant' as const }
const lee = { id: 'lee', role: 'facilitator' as const }

describe('a workspace keeps a facilitator', () => {
  it('refuses the only facilitator leaving or becoming a participant or observer', () => {
    expect(leavesNoFacilitator([kim, pat], 'kim', undefined)).toBe(true)
    expect(leavesNoFacilitator([kim, pat], 'kim', 'participant')).toBe(true)
    expect(leavesNoFacilitator([kim, pat], 'kim', 'observer')).toBe(true)
  })

  it('allows it when another facilitator remains, and never objects to changes of anyone else', () => {
    expect(leavesNoFacilitator([kim, lee, pat], 'kim', undefined)).toBe(false)
    expect(leavesNoFacilitator([kim, pat], 'pat', undefined)).toBe(false)
    expect(leavesNoFacilitator([kim, pat], 'pat', 'observer')).toBe(false)
    expect(leavesNoFacilitator([kim, pat], 'kim', 'facilitator')).toBe(false)
    expect(leavesNoFacilitator([kim, pat], 'nobody', undefined)).toBe(false)
  })
})
