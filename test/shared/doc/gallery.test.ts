import { describe, expect, it } from 'vitest'
import { addGalleryComment, readGallery, toggleGalleryDot } from '../../../shared/doc/gallery'
import { docPair } from './doc-pair'

describe('gallery-walk comments and dots', () => {
  it('keeps two visitors’ comments and dots on the same group when they add them at once', () => {
    const { a, b, offline, online } = docPair()
    offline()
    addGalleryComment(a, { id: 'c-tess', groupId: 'g1', text: 'Love the mentoring idea', authorId: 'tess', at: 1 })
    addGalleryComment(b, { id: 'c-pat', groupId: 'g1', text: 'How is it funded?', at: 2 })
    toggleGalleryDot(a, 'g1', 'tess')
    toggleGalleryDot(b, 'g1', 'pat')
    online()
    for (const doc of [a, b]) {
      const g = readGallery(doc)
      expect(g.comments.map((c) => c.text)).toEqual(['Love the mentoring idea', 'How is it funded?'])
      expect([...(g.dots.get('g1') ?? [])].sort()).toEqual(['pat', 'tess'])
    }
  })

  it('takes a dot back on a second toggle', () => {
    const { a } = docPair()
    toggleGalleryDot(a, 'g2', 'tess')
    toggleGalleryDot(a, 'g2', 'tess')
    expect(readGallery(a).dots.get('g2')).toBeUndefined()
  })
})
