import { describe, expect, it } from 'vitest'
import { CAUSE_TAGS, DEFAULT_BONES, PRACTICE_CODES, WHYS_DEMO } from '../../../shared/content/fishbone'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { promptText } from '../../../shared/domain/fishbone/prompts'

describe('fishbone content', () => {
  it('defaults to the Four Domains, in Tool C order, plus Other/External', () => {
    expect(DEFAULT_BONES.map((b) => b.domain)).toEqual([...LEA_SELF_REFLECTION.domains.map((d) => d.id), null])
    expect(new Set(DEFAULT_BONES.map((b) => b.id)).size).toBe(DEFAULT_BONES.length)
  })

  it('offers the twelve practice codes 1a–4c', () => {
    expect(PRACTICE_CODES).toEqual(['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c'])
  })

  it('ties every cause tag to a source prompt that exists, worded as in the source', () => {
    for (const [tag, info] of Object.entries(CAUSE_TAGS)) {
      const source = promptText(info.promptId)
      expect(source, tag).toBeDefined()
      expect(source, tag).toContain(info.question.replace(/\?$/, ''))
    }
  })

  it('keeps the seed’s 5 Whys example whole: one symptom and five whys', () => {
    expect(WHYS_DEMO.symptom).toBe('Low student math performance in seventh grade.')
    expect(WHYS_DEMO.whys).toHaveLength(5)
    expect(WHYS_DEMO.whys[2]).toBe('Two teachers are new and one is a long term substitute.')
    expect(WHYS_DEMO.attribution).toContain('CC BY 4.0')
  })
})
