import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FRESH_CLIENT, withFreshHint } from '../../../shared/sync/fresh-client'

describe('the "holds nothing" hint', () => {
  it('is set for a document with no update at all and kept beside the other parameters', () => {
    expect(withFreshHint({ acks: 'saved' }, new Y.Doc())).toEqual({ acks: 'saved', [FRESH_CLIENT.param]: FRESH_CLIENT.value })
  })

  it('is taken away once the document holds something (a reconnect, or a local copy that loaded)', () => {
    const doc = new Y.Doc()
    doc.getMap('notes').set('a', 1)
    expect(withFreshHint({ acks: 'saved', [FRESH_CLIENT.param]: FRESH_CLIENT.value }, doc)).toEqual({ acks: 'saved' })
  })
})
