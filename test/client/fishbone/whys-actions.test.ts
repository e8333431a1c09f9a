import { describe, expect, it } from 'vitest'
import { readFishbones } from '../../../shared/doc/fishbone-read'
import { readWhys } from '../../../shared/doc/whys'
import { attachmentLabel, causeAttachment, chainFor, startChain } from '../../../client/src/views/fishbone/whys-actions'
import { fishboneWith } from './fixtures'

describe('starting a 5 Whys chain from a cause', () => {
  const setup = () => {
    const { doc, fishbone } = fishboneWith([{ id: 'turnover', bone: 'talent' }])
    const cause = fishbone().causes[0]!
    return { doc, cause }
  }

  it('creates a chain attached to the cause with the cause as its symptom', () => {
    const { doc, cause } = setup()
    const r = startChain(doc, readWhys(doc).chains, causeAttachment(cause), cause.text)
    expect(r).toMatchObject({ created: true })
    const chain = readWhys(doc).chains[0]!
    expect(chain.symptom).toBe('turnover')
    expect(chain.rows).toHaveLength(5)
    expect(chainFor(readWhys(doc).chains, causeAttachment(cause))?.id).toBe(chain.id)
  })

  it('reuses the chain already attached to the cause instead of starting a second one', () => {
    const { doc, cause } = setup()
    const first = startChain(doc, readWhys(doc).chains, causeAttachment(cause), cause.text)
    const again = startChain(doc, readWhys(doc).chains, causeAttachment(cause), cause.text)
    expect(again).toEqual({ id: (first as { id: string }).id, created: false })
    expect(readWhys(doc).chains).toHaveLength(1)
  })

  it('describes where the chain came from, and says so when the cause is gone', () => {
    const { doc, cause } = setup()
    const state = readFishbones(doc)
    expect(attachmentLabel(causeAttachment(cause), state, new Map())).toBe('From the cause “turnover” on the fishbone “Low grade 7 math”.')
    expect(attachmentLabel({ kind: 'cause', fishboneId: 'f', causeId: 'gone' }, state, new Map())).toBe('From a cause that has since been deleted.')
    expect(attachmentLabel(undefined, state, new Map())).toBe('')
  })
})
