/** Home: create a workspace, or reopen one remembered on this device. */
import { useState, type FormEvent } from 'react'
import type { StakeholderRole } from '../../../shared/auth/roles'
import { api } from '../api/client'
import { navigate } from '../router'
import { rememberMember } from '../session/sessions'
import { Field } from '../ui/Field'
import { FormError } from '../ui/FormError'
import { StakeholderSelect } from '../ui/StakeholderSelect'
import { RecentWorkspaces } from './RecentWorkspaces'
import { homeFormError, humanHomeError } from './home-form'

export function HomePage() {
  const [title, setTitle] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [facilitatorName, setFacilitatorName] = useState('')
  const [stakeholderRole, setStakeholderRole] = useState<StakeholderRole | ''>('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ field?: string | undefined; message: string }>()

  async function submit(e: FormEvent) {
    e.preventDefault()
    const missing = homeFormError({ title, organisation, facilitatorName })
    if (missing) return setError(missing)
    setBusy(true)
    setError(undefined)
    const created = await api.createWorkspace({ title, organisation, facilitatorName, stakeholderRole: stakeholderRole || 'other' })
    setBusy(false)
    if (!created.ok) return setError(humanHomeError({ field: created.error.field, message: created.error.message }))
    const { workspace, member, memberToken } = created.value
    rememberMember(workspace, member, memberToken)
    navigate(`/w/${workspace.id}?share=1`)
  }

  const errorFor = (field: string) => (error?.field === field ? error.message : undefined)

  return (
    <main className="page narrow">
      <header className="hero">
        <h1>Rootwork</h1>
        <p>Run a root-cause session with your district or school team: score the LEA Self-Reflection together, build a SWOT and fishbone with evidence, and turn the results into an improvement plan.</p>
        <p>
          Coach of several schools?{' '}
          <a href="/portfolio" onClick={(e) => (e.preventDefault(), navigate('/portfolio'))}>
            Open your coach portfolio
          </a>
        </p>
      </header>
      <section aria-labelledby="create-heading" className="card">
        <h2 id="create-heading">Start a workspace</h2>
        <form onSubmit={submit} noValidate>
          <Field label="Session title" error={errorFor('title')} hint="For example: Grade 7 math — root causes">
            {(id, d) => <input id={id} aria-describedby={d} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />}
          </Field>
          <Field label="District or school" error={errorFor('organisation')}>
            {(id, d) => <input id={id} aria-describedby={d} value={organisation} onChange={(e) => setOrganisation(e.target.value)} required maxLength={200} />}
          </Field>
          <Field label="Your name (facilitator)" error={errorFor('facilitatorName')}>
            {(id, d) => <input id={id} aria-describedby={d} value={facilitatorName} onChange={(e) => setFacilitatorName(e.target.value)} required maxLength={80} autoComplete="name" />}
          </Field>
          <Field label="Your role" error={errorFor('stakeholderRole')}>
            {(id, d) => <StakeholderSelect id={id} describedBy={d} value={stakeholderRole} onChange={setStakeholderRole} />}
          </Field>
          <FormError error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create workspace'}
          </button>
        </form>
      </section>
      <RecentWorkspaces />
    </main>
  )
}
