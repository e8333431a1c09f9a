/**
 * The home page's list of workspaces remembered on this device, each with a way to leave it here
 * (forget the access and the edits kept in this browser), confirmed inline so a slip loses nothing.
 */
import { useState } from 'react'
import { navigate } from '../router'
import { leaveOnThisDevice } from '../session/leave'
import { recentSessions, type StoredSession } from '../session/sessions'

export function RecentWorkspaces() {
  const [recent, setRecent] = useState(recentSessions)
  const [confirming, setConfirming] = useState<string>()
  const [left, setLeft] = useState<string>()

  const leave = async (s: StoredSession) => {
    await leaveOnThisDevice(s)
    setConfirming(undefined)
    setLeft(`You left “${s.title}” on this device.`)
    setRecent(recentSessions())
  }

  return (
    <section aria-labelledby="recent-heading" className="card">
      <h2 id="recent-heading">Recent workspaces on this device</h2>
      <p role="status" className="muted leave-status">{left}</p>
      {recent.length === 0 ? (
        <p className="empty">Workspaces you create or join appear here, so you can come back without the link.</p>
      ) : (
        <ul className="recent">
          {recent.map((s) => (
            <li key={s.workspaceId}>
              <a href={`/w/${s.workspaceId}`} onClick={(e) => (e.preventDefault(), navigate(`/w/${s.workspaceId}`))}>
                {s.title}
              </a>{' '}
              <span className="muted">
                {s.organisation} · you are {s.displayName} ({s.role})
              </span>{' '}
              {confirming === s.workspaceId ? (
                <span role="group" className="leave-confirm" aria-label={`Leave ${s.title}`}>
                  Forget your access and the edits kept in this browser?{' '}
                  <button type="button" className="inline" onClick={() => void leave(s)}>
                    Leave
                  </button>{' '}
                  <button type="button" className="inline" onClick={() => setConfirming(undefined)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" className="inline" aria-label={`Leave ${s.title} on this device`} onClick={() => setConfirming(s.workspaceId)}>
                  Leave
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
