import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addDraft, deleteDrafts, draftText, DRAFT_LIMITS, draftsRoot, hasContent, readDrafts, setDraftEvidenceLink, setDraftSlot } from '../../../shared/doc/drafts'
import { must } from './doc-pair'

const base = { roundId: 'round-1', slot: 'weaknesses' }

describe('silent-brainstorm drafts in a private document', () => {
  it('keeps each round’s drafts apart, oldest first, with their texts and link', () => {
    const doc = new Y.Doc()
    must(addDraft(doc, { ...base, draftId: 'draft-b', text: 'Second', now: 20 }))
    must(addDraft(doc, { ...base, draftId: 'draft-a', text: 'First', now: 10 }))
    must(addDraft(doc, { ...base, roundId: 'round-2', draftId: 'draft-c', now: 5 }))
    draftText(doc, 'draft-a', 'evidence')?.insert(0, 'MAP scores')
    must(setDraftEvidenceLink(doc, 'draft-a', 'https://example.org/data'))
    must(setDraftSlot(doc, 'draft-b', 'threats'))
    expect(readDrafts(doc, 'round-1')).toEqual([
      { id: 'draft-a', roundId: 'round-1', slot: 'weaknesses', createdAt: 10, text: 'First', evidence: 'MAP scores', evidenceLink: 'https://example.org/data' },
      { id: 'draft-b', roundId: 'round-1', slot: 'threats', createdAt: 20, text: 'Second', evidence: '' },
    ])
    expect(readDrafts(doc, 'round-2').map((d) => d.id)).toEqual(['draft-c'])
  })

  it.each([
    ['a malformed draft id', { draftId: 'x', roundId: 'round-1', slot: 'strengths' }],
    ['a malformed round id', { draftId: 'draft-1', roundId: 'r/1', slot: 'strengths' }],
    ['an empty slot', { draftId: 'draft-1', roundId: 'round-1', slot: '' }],
  ])('refuses %s and writes nothing', (_name, input) => {
    const doc = new Y.Doc()
    expect(addDraft(doc, { ...input, now: 1 }).ok).toBe(false)
    expect(draftsRoot(doc).size).toBe(0)
  })

  it('refuses a link that is not an http(s) URL', () => {
    const doc = new Y.Doc()
    must(addDraft(doc, { ...base, draftId: 'draft-1', now: 1 }))
    expect(setDraftEvidenceLink(doc, 'draft-1', 'javascript:alert(1)').ok).toBe(false)
  })

  it('reads hostile content safely: wrong types skipped, long text cut, count bounded', () => {
    const doc = new Y.Doc()
    const root = draftsRoot(doc)
    root.set('not-a-map', 'oops')
    const forged = new Y.Map<unknown>()
    forged.set('roundId', 'round-1')
    forged.set('slot', 'strengths')
    forged.set('text', 'plain string, not a Y.Text')
    forged.set('evidenceLink', 'javascript:alert(1)')
    root.set('forged-1', forged)
    must(addDraft(doc, { ...base, draftId: 'long-1', text: 'x'.repeat(DRAFT_LIMITS.text + 50), now: 1 }))
    for (let i = 0; i < DRAFT_LIMITS.perRound + 5; i++) must(addDraft(doc, { ...base, draftId: `many-${String(i).padStart(4, '0')}`, text: 'y', now: 2 + i }))
    const drafts = readDrafts(doc, 'round-1')
    expect(drafts).toHaveLength(DRAFT_LIMITS.perRound)
    expect(drafts.find((d) => d.id === 'long-1')?.text).toHaveLength(DRAFT_LIMITS.text)
    const f = drafts.find((d) => d.id === 'forged-1')
    expect(f).toMatchObject({ text: '', evidence: '' })
    expect(f).not.toHaveProperty('evidenceLink')
  })

  it('deletes the drafts it is given and treats a never-typed draft as empty', () => {
    const doc = new Y.Doc()
    must(addDraft(doc, { ...base, draftId: 'draft-1', text: 'Keep', now: 1 }))
    must(addDraft(doc, { ...base, draftId: 'draft-2', now: 2 }))
    expect(readDrafts(doc, 'round-1').map(hasContent)).toEqual([true, false])
    deleteDrafts(doc, ['draft-2', 'missing'])
    expect(readDrafts(doc, 'round-1').map((d) => d.id)).toEqual(['draft-1'])
  })
})
