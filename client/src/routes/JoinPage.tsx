/** Join from an invite link (`/join/<id>#invite=…`): a display name and a stakeholder role, no account. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { InvitePreview } from '../../../shared/api/contract'
import type { StakeholderRole } from '../../../shared/auth/roles'
import { api } from '../api/client'
import { navigate } from '../router'
import { rememberMember } from '../session/sessions'
import { Field } from '../ui/Field'
import { FormError } from '../ui/FormError'
import { StakeholderSelect } from '../ui/StakeholderSelect'
import { focusFirstInvalid } from '../ui/invalid'
import { usePageTitle } from '../workspace/focus-rescue'

const inviteFromHash = () => new URLSearchParams(location.hash.slice(1)).get('invite') ?? ''

export function JoinPage({ workspaceId }: { workspaceId: string }) {
  const [invite] = useState(inviteFromHash)
  const [preview, setPreview] = useState<InvitePreview>()
  const [problem, setProblem] = useState<string>()
  const [displayName, setDisplayName] = useState('')
  const [stakeholderRole, setStakeholderRole] = useState<StakeholderRole | ''>('')
  const [error, setError] = useState<{ field?: string | undefined; message: string }>()
  // every field the last attempt found wrong (WCAG 3.3.1): marked aria-invalid, the first one focused
  const [invalid, setInvalid] = useState<Readonly<Record<string, string>>>({})
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => focusFirstInvalid(formRef.current), [attempt])
  usePageTitle('Join', preview?.workspace.title ?? 'workspace')

  useEffect(() => {
    if (!invite) return setProblem('This link has no invite code. Ask your facilitator for the full link.')
    let live = true
    void api.invitePreview(workspaceId, invite).then((r) => {
      if (!live) return
      if (r.ok) setPreview(r.value)
      else setProblem(r.error.status === 404 ? 'This workspace does not exist.' : r.error.status === 429 ? r.error.message : 'This invite link is no longer valid. Ask your facilitator for a new one.')
    })
    return () => {
      live = false
    }
  }, [workspaceId, invite])

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: Record<string, string> = {}
    if (!displayName.trim()) found.displayName = 'Enter your name.'
    if (!stakeholderRole) found.stakeholderRole = 'Choose the role that best describes you.'
    const first = Object.keys(found)[0]
    if (first !== undefined || !stakeholderRole) return showInvalid(found, first)
    setBusy(true)
    const joined = await api.join(workspaceId, { invite, displayName, stakeholderRole })
    setBusy(false)
    if (!joined.ok) return showInvalid(joined.error.field ? { [joined.error.field]: joined.error.message } : {}, joined.error.field, joined.error.message)
    const { workspace, member, memberToken } = joined.value
    rememberMember(workspace, member, memberToken)
    navigate(`/w/${workspace.id}`, { replace: true })
  }

  function showInvalid(fields: Record<string, string>, field: string | undefined, message = field ? (fields[field] ?? '') : '') {
    setInvalid(fields)
    setError({ field, message })
    setAttempt((n) => n + 1)
  }

  if (problem)
    return (
      <main className="page narrow">
        <h1>Cannot join</h1>
        <p role="alert">{problem}</p>
      </main>
    )
  if (!preview)
    return (
      <main className="page narrow" aria-busy="true">
        <p>Checking your invite…</p>
      </main>
    )
  const errorFor = (field: string) => invalid[field]
  return (
    <main className="page narrow">
      <h1>Join “{preview.workspace.title}”</h1>
      <p>
        {preview.workspace.organisation} · you are joining as {preview.role === 'observer' ? 'an observer (you can watch but not edit)' : 'a participant'}.
      </p>
      <form onSubmit={submit} className="card" noValidate ref={formRef}>
        <Field label="Your name" error={errorFor('displayName')} hint="Shown to the others in this workspace.">
          {(id, d) => <input id={id} aria-describedby={d} aria-invalid={errorFor('displayName') ? true : undefined} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required maxLength={80} autoComplete="name" />}
        </Field>
        <Field label="Your role" error={errorFor('stakeholderRole')} hint="Used to form mixed or role-alike breakout groups.">
          {(id, d) => <StakeholderSelect id={id} describedBy={d} invalid={Boolean(errorFor('stakeholderRole'))} value={stakeholderRole} onChange={setStakeholderRole} required />}
        </Field>
        <FormError error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join workspace'}
        </button>
      </form>
    </main>
  )
}
