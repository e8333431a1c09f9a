import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Every Intl service constructor: building any of them maps ICU data (~5 MB for one date
// formatter) into the process, which an idle server should not carry for a feature it has not used.
const SERVICES = ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter', 'DisplayNames'] as const
type Service = (typeof SERVICES)[number]

const built: string[] = []
const originals = new Map<Service, unknown>()

beforeAll(() => {
  const intl = Intl as unknown as Record<Service, new (...args: unknown[]) => unknown>
  for (const name of SERVICES) {
    const Original = intl[name]
    originals.set(name, Original)
    intl[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        built.push(name)
        return Reflect.construct(target, args, newTarget)
      },
      apply(target, self, args) {
        built.push(name)
        return Reflect.apply(target, self, args)
      },
    })
  }
})

afterAll(() => {
  for (const [name, Original] of originals) (Intl as unknown as Record<string, unknown>)[name] = Original
})

describe('the server at start-up', () => {
  it('builds no Intl formatter while its modules load: ICU data is mapped only when something is formatted', async () => {
    // the whole server: HTTP routes, relay, storage, monitoring, snapshots
    await import('../../server/server')
    await import('../../server/cluster/backends')
    expect(built).toEqual([])

    // the formatter that used to be built at load still works, and is built on first use
    const { monthLabel } = await import('../../shared/domain/monitoring/periods')
    expect(monthLabel('2026-10')).toBe('October 2026')
    expect(monthLabel('2027-03')).toBe('March 2027')
    expect(monthLabel('not a month')).toBe('not a month')
    expect(built).toEqual(['DateTimeFormat'])
  })
})
