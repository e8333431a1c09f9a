/**
 * Per-test fixtures: a fresh real server before each test, every client destroyed and the server
 * stopped after it; and the stored (not live) state of a document, as a reader of the database sees it.
 */
import { afterEach, beforeEach } from 'vitest'
import * as Y from 'yjs'
import type { Storage } from '../../server/storage/types'
import { startTestServer, type TestServer } from './server'
import type { Client } from './sync'

export function serverPerTest(overrides: Partial<Record<string, string>> = {}) {
  let current: TestServer | undefined
  const clients: Client[] = []
  beforeEach(async () => {
    current = await startTestServer(overrides)
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await current?.stop()
  })
  return {
    get server(): TestServer {
      if (!current) throw new Error('the server starts in beforeEach')
      return current
    },
    /** destroys these clients after the test */
    track<T extends Client[]>(...tracked: T): T {
      clients.push(...tracked)
      return tracked
    },
  }
}

export async function storedDoc(storage: Storage, key: string): Promise<Y.Doc> {
  const log = await storage.loadDoc(key)
  if (!log.ok) throw new Error(log.error.message)
  const doc = new Y.Doc()
  for (const update of log.value.updates) Y.applyUpdate(doc, update)
  return doc
}
