import { describe, expect, it } from 'vitest'
import { CompactionLane } from '../../../server/sync/compaction-lane'

describe('one lane for every document’s compactions', () => {
  it('runs compactions scheduled together one per turn, with other work of the turn in between, in order', async () => {
    const lane = new CompactionLane()
    const marks: string[] = []
    const done = new Promise<void>((resolve) => {
      lane.schedule(async () => {
        marks.push('first')
        setImmediate(() => marks.push('work queued meanwhile'))
      })
      lane.schedule(async () => {
        marks.push('second')
      })
      lane.schedule(async () => {
        marks.push('third')
        resolve()
      })
    })
    await done
    expect(marks).toEqual(['first', 'work queued meanwhile', 'second', 'third'])
  })

  it('goes on with the next compaction after one that fails', async () => {
    const lane = new CompactionLane()
    lane.schedule(() => Promise.reject(new Error('disk full')))
    await expect(new Promise<string>((resolve) => lane.schedule(async () => resolve('ran')))).resolves.toBe('ran')
  })
})
