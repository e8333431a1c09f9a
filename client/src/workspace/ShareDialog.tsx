/** Invite links for participants and observers, with copy and rotate; facilitators only (the server checks too). */
import { useEffect, useRef, useState } from 'react'
import type { InviteLinks } from '../../../shared/api/contract'
import { api } from '../api/client'

const ROLES = [
  { role: 'participant', label: 'Participants', hint: 'can edit every board and score the rubric' },
  { role: 'observer', label: 'Observers', hint: 'can watch everything but edit nothing (e.g. critical reflectors)' },
] as const

export function ShareDialog({ workspaceId, token, personalLink, onClose }: { workspaceId: string; token: string; personalLink: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [links, setLinks] = useState<InviteLinks>()
  const [message, setMessage] = useState('')

  useEffect(() => {
    ref.current?.showModal()
    // `?share=1` (set after creating a workspace) has done its job: drop it so a reload does not reopen the dialog
    const url = new URL(location.href)
    if (url.searchParams.has('share')) {
      url.searchParams.delete('share')
      history.replaceState(history.state, '', url)
    }
    void api.invites(workspaceId, token).then((r) => (r.ok ? setLinks(r.value) : setMessage(r.error.message)))
  }, [workspaceId, token])

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setMessage(`${what} copied.`)
    } catch {
      setMessage('Copying is blocked here: select the link and copy it by hand.')
    }
  }
  const rotate = async (role: string) => {
    const r = await api.rotateInvite(workspaceId, role, token)
    if (r.ok) {
      setLinks(r.value)
      setMessage(`New ${role} link made. The old one no longer works; people who already joined stay in.`)
    } else setMessage(r.error.message)
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">Invite people</h2>
      <p>Anyone with a link joins with a name and a role — no account needed.</p>
      {ROLES.map(({ role, label, hint }) => (
        <div key={role} className="share-row">
          <label htmlFor={`invite-${role}`}>
            {label} <span className="muted small">— {hint}</span>
          </label>
          <div className="row">
            <input id={`invite-${role}`} readOnly value={links?.[role] ?? 'Loading…'} data-testid={`invite-${role}`} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => links && void copy(links[role], `${label} link`)}>
              Copy
            </button>
            <button type="button" onClick={() => void rotate(role)}>
              New link
            </button>
          </div>
        </div>
      ))}
      {personalLink && (
        <div className="share-row">
          <label htmlFor="personal-link">
            Your own link <span className="muted small">— opens this workspace as you on another device; keep it private</span>
          </label>
          <div className="row">
            <input id="personal-link" readOnly value={personalLink} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy(personalLink, 'Your link')}>
              Copy
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" className="muted">
        {message}
      </p>
      <form method="dialog">
        <button type="submit" className="primary">
          Done
        </button>
      </form>
    </dialog>
  )
}
