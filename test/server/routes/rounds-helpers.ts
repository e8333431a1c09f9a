/**
 * Shared set-up for the round-action tests: a workspace with a facilitator, two participants and an
 * observer, stock providers per document, and reads of what storage holds (what a crash would keep).
 */
import { afterEach } from 'vitest'
import * as Y from 'yjs'
import { createSwotBoard } from '../../../shared/doc/swot'
import { createWorkspace, join, postJson } from '../../helpers/api'
import { serverPerTest } from '../../helpers/fixtures'
import type { TestServer } from '../../helpers/server'
import { connectSynced, type Client } from '../../helpers/sync'

export async function team(base: string) {
  const created = await createWorkspace(base)
  const ana = await join(base, created, 'participant', 'Ana Participant')
  const ben = await join(base, created, 'participant', 'Ben Participant')
  const olu = await join(base, created, 'observer', 'Olu Observer', 'researcher')
  return { workspaceId: created.workspace.id, facilitator: created, ana, ben, olu }
}

export class Clients {
  private readonly open: Client[] = []
  constructor(
    private readonly base: string,
    private readonly workspaceId: string,
  ) {}
  async doc(docName: string, token: string): Promise<Y.Doc> {
    const c = await connectSynced(this.base, this.workspaceId, docName, token)
    this.open.push(c)
    return c.doc
  }
  destroy(): void {
    for (const c of this.open.splice(0)) c.destroy()
  }
}

/** The document as storage holds it. */
export async function stored(server: TestServer, workspaceId: string, docName: string): Promise<Y.Doc> {
  const log = await server.storage.loadDoc(`${workspaceId}/${docName}`)
  if (!log.ok) throw new Error(log.error.message)
  const d = new Y.Doc()
  for (const u of log.value.updates) Y.applyUpdate(d, u)
  return d
}

/** Every byte a client of this document could receive, as text: a secret must not appear in it. */
export const wireText = (doc: Y.Doc): string => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8')

export const roundAction = (base: string, workspaceId: string, roundId: string, action: 'reveal' | 'close', token?: string, body: unknown = {}) =>
  postJson(`${base}/api/workspaces/${workspaceId}/rounds/${roundId}/${action}`, body, token)

/**
 * A fresh server per test; `teamWithSwotBoard()` makes the team and opens the facilitator's board
 * (with SWOT board `swot-1`) and control documents. Clients are destroyed before the server stops.
 */
export function roundsPerTest() {
  const fixture = serverPerTest()
  let clients: Clients | undefined
  afterEach(() => clients?.destroy())
  return {
    get server(): TestServer {
      return fixture.server
    },
    get clients(): Clients {
      if (!clients) throw new Error('call teamWithSwotBoard() first')
      return clients
    },
    async teamWithSwotBoard() {
      const t = await team(fixture.server.url)
      clients = new Clients(fixture.server.url, t.workspaceId)
      const board = await clients.doc('board', t.facilitator.memberToken)
      const control = await clients.doc('control', t.facilitator.memberToken)
      createSwotBoard(board, { boardId: 'swot-1', title: 'Grade 7 math', now: 1 })
      return { t, board, control }
    },
  }
}
