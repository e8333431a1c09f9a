import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import {
  ensurePrivateRubric,
  ensureRubricTeam,
  evidenceText,
  readPicks,
  readPublishedRubric,
  readSubmission,
  readTeam,
  replaceTextMinimally,
  setEvidence,
  setPick,
  setStrengthsWeaknesses,
  setTeamEvidence,
  setTeamLevel,
  strengthsWeaknessesText,
  teamEvidenceText,
  writePublishedRubric,
  PUBLISHED_RUBRIC_KEY,
} from '../../../shared/doc/rubric'
import { ORIGINS } from '../../../shared/doc/origin'
import { privateRoot, publishedRoot } from '../../../shared/doc/schema'
import { buildAnonymousPublication, buildNamedPublication } from '../../../shared/domain/rubric/publication'
import { seededRandom } from '../../../shared/random'

const rubric = LEA_SELF_REFLECTION

function doc(clientID: number): Y.Doc {
  const d = new Y.Doc()
  d.clientID = clientID
  return d
}

/** Two replicas that edited offline, then exchange everything they have (no sockets, no sleeps). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, fromA, 'remote')
  Y.applyUpdate(a, fromB, 'remote')
}

/** A second replica that starts from `a`'s current state, as a client does after sync. */
function replicaOf(a: Y.Doc, clientID: number): Y.Doc {
  const b = doc(clientID)
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote')
  return b
}

describe('a member’s private rubric document', () => {
  it('stores, changes and clears picks, and reads them back as a plain object', () => {
    const d = doc(1)
    setPick(d, '1a1', 2)
    setPick(d, '2a3', 0)
    setPick(d, '1a1', 3)
    setPick(d, '2a3', null)
    expect(readPicks(d)).toEqual({ '1a1': 3 })
  })

  it.each([
    ['a negative level', '1a1', -1],
    ['a fractional level', '1a1', 1.5],
    ['an element id with a slash', '1a1/x', 1],
    ['an empty element id', '', 1],
  ])('refuses %s', (_name, el, level) => {
    const d = doc(1)
    expect(setPick(d, el, level).ok).toBe(false)
    expect(readPicks(d)).toEqual({})
  })

  it('ignores junk another client wrote into the document', () => {
    const d = doc(1)
    privateRoot(d, 'rubric').set('pick/1a1', 'high')
    privateRoot(d, 'rubric').set('pick/1a2', 1)
    expect(readPicks(d)).toEqual({ '1a2': 1 })
  })

  it('writes each mutation as one transaction with the given origin', () => {
    const d = doc(1)
    const origins: unknown[] = []
    d.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
    setPick(d, '1a1', 1)
    setEvidence(d, '1a1', 'Minutes')
    setPick(d, '1a2', 1, ORIGINS.template)
    expect(origins).toEqual([ORIGINS.localUser, ORIGINS.localUser, ORIGINS.template])
  })

  it('merges picks and evidence typed concurrently in two tabs of the same member', () => {
    const a = doc(1)
    ensurePrivateRubric(a, rubric)
    setEvidence(a, '1a1', 'Board minutes.')
    const b = replicaOf(a, 2)
    setPick(a, '1a1', 1)
    setPick(b, '1b2', 3)
    evidenceText(a, '1a1').insert(0, 'Agenda. ')
    evidenceText(b, '1a1').insert('Board minutes.'.length, ' Memo.')
    exchange(a, b)
    expect(readPicks(a)).toEqual({ '1a1': 1, '1b2': 3 })
    expect(readSubmission(b)).toEqual(readSubmission(a))
    expect(readSubmission(a).evidence).toEqual({ '1a1': 'Agenda. Board minutes. Memo.' })
  })
})

describe('the team’s consensus on the board', () => {
  it('refuses to lock a level without evidence, and accepts it once evidence exists', () => {
    const d = doc(1)
    expect(setTeamLevel(d, '2a3', 1, 'm1', 1000)).toEqual({ ok: false, error: 'evidence-required' })
    setTeamEvidence(d, '2a3', '   ')
    expect(setTeamLevel(d, '2a3', 1, 'm1', 1000)).toEqual({ ok: false, error: 'evidence-required' })
    setTeamEvidence(d, '2a3', 'Induction ends after week one')
    expect(setTeamLevel(d, '2a3', 1, 'm1', 1000).ok).toBe(true)
    expect(readTeam(d).elements['2a3']).toEqual({
      level: 1,
      evidence: 'Induction ends after week one',
      setBy: 'm1',
      setAt: 1000,
    })
  })

  it.each([
    ['invalid-level', '1a1', 4.5],
    ['invalid-element', 'a/b', 1],
  ] as const)('answers %s for a bad request', (error, el, level) => {
    const d = doc(1)
    setTeamEvidence(d, '1a1', 'x')
    expect(setTeamLevel(d, el, level, 'm1', 0)).toEqual({ ok: false, error })
  })

  it('clears a level without needing evidence', () => {
    const d = doc(1)
    setTeamEvidence(d, '1a1', 'x')
    setTeamLevel(d, '1a1', 2, 'm1', 0)
    expect(setTeamLevel(d, '1a1', null, 'm1', 1).ok).toBe(true)
    expect(readTeam(d).elements['1a1']?.level).toBeNull()
  })

  it('merges two members’ concurrent levels, evidence and strengths/weaknesses notes', () => {
    const a = doc(1)
    ensureRubricTeam(a, rubric)
    const b = replicaOf(a, 2)
    setTeamEvidence(a, '1a1', 'Agendas')
    setTeamLevel(a, '1a1', 0, 'ana', 10)
    setTeamEvidence(b, '3c2', 'No partnerships yet')
    setTeamLevel(b, '3c2', 1, 'ben', 11)
    strengthsWeaknessesText(a, '1').insert(0, 'Strong team. ')
    strengthsWeaknessesText(b, '1').insert(0, 'Weak data use.')
    exchange(a, b)
    const team = readTeam(a)
    expect(readTeam(b)).toEqual(team)
    expect(team.elements['1a1']).toMatchObject({ level: 0, evidence: 'Agendas', setBy: 'ana' })
    expect(team.elements['3c2']).toMatchObject({ level: 1, evidence: 'No partnerships yet', setBy: 'ben' })
    expect(team.strengthsWeaknesses['1']).toHaveLength('Strong team. Weak data use.'.length)
    expect(team.strengthsWeaknesses['1']).toContain('Strong team. ')
    expect(team.strengthsWeaknesses['4']).toBe('')
  })

  it('keeps concurrent typing in the same evidence text when one side replaces its own sentence', () => {
    const a = doc(1)
    ensureRubricTeam(a, rubric)
    setTeamEvidence(a, '2b1', 'Standards adopted. Used in PD.')
    const b = replicaOf(a, 2)
    setTeamEvidence(a, '2b1', 'Standards adopted in 2019. Used in PD.')
    teamEvidenceText(b, '2b1').insert('Standards adopted. Used in PD.'.length, ' Not monitored.')
    exchange(a, b)
    expect(readTeam(a).elements['2b1']?.evidence).toBe('Standards adopted in 2019. Used in PD. Not monitored.')
  })

  it('sets the domain notes through a named mutation too', () => {
    const d = doc(1)
    setStrengthsWeaknesses(d, '4', 'Families engaged')
    expect(readTeam(d).strengthsWeaknesses).toEqual({ '4': 'Families engaged' })
  })
})

describe('replacing text by its changed middle', () => {
  it.each([
    ['', 'new'],
    ['same', 'same'],
    ['abc', ''],
    ['hello world', 'hello brave world'],
    ['a😀b', 'a😁b'],
    ['😀', '😀😀'],
  ])('turns %j into %j', (from, to) => {
    const d = doc(1)
    const text = d.getText('t')
    text.insert(0, from)
    replaceTextMinimally(text, to)
    expect(text.toString()).toBe(to)
  })
})

describe('the published rubric results', () => {
  const submissions = {
    'member-ana': { picks: { '1a1': 0, '3a1': 2 }, evidence: { '1a1': 'Agendas' } },
    'member-ben': { picks: { '1a1': 3 }, evidence: {} },
  }

  it('reads nothing before anything is published', () => {
    expect(readPublishedRubric(doc(1))).toEqual({ ok: true, value: null })
  })

  it('round-trips an anonymous publication, cut to the revealed domains, to another replica', () => {
    const server = doc(1)
    const pub = buildAnonymousPublication(rubric, submissions, seededRandom(3))
    writePublishedRubric(server, pub, ['1'])
    const client = replicaOf(server, 2)
    const read = readPublishedRubric(client)
    if (!read.ok || read.value === null) throw new Error('expected a publication')
    expect(read.value.revealedDomains).toEqual(['1'])
    expect(read.value.publication.elements).toHaveLength(11)
    expect(read.value.publication).toEqual({ ...pub, elements: pub.elements.slice(0, 11) })
    expect(JSON.stringify(publishedRoot(client).toJSON())).not.toContain('member-')
  })

  it('publishes named results with who picked what when the session is not anonymous', () => {
    const server = doc(1)
    writePublishedRubric(server, buildNamedPublication(rubric, submissions), ['1', '3'])
    const read = readPublishedRubric(server)
    expect(read.ok && read.value?.publication.mode).toBe('named')
    if (read.ok && read.value?.publication.mode === 'named')
      expect(read.value.publication.elements.find((e) => e.elementId === '3a1')?.picks).toEqual({ 'member-ana': 2 })
  })

  it('writes as the server', () => {
    const d = doc(1)
    let origin: unknown
    d.on('afterTransaction', (tr: Y.Transaction) => (origin = tr.origin))
    writePublishedRubric(d, buildNamedPublication(rubric, submissions), [])
    expect(origin).toBe(ORIGINS.server)
  })

  it.each([
    ['a string', 'nope'],
    ['an unknown mode', { revealedDomains: [], publication: { mode: 'secret', rubricId: 'x', elements: [] } }],
    [
      'member ids smuggled into an anonymous result',
      { revealedDomains: [], publication: { mode: 'anonymous', rubricId: 'x', memberCount: 1, elements: [], memberIds: ['m'] } },
    ],
  ])('reports %s as malformed rather than missing', (_name, value) => {
    const d = doc(1)
    publishedRoot(d).set(PUBLISHED_RUBRIC_KEY, value)
    const read = readPublishedRubric(d)
    expect(read.ok).toBe(false)
  })
})
