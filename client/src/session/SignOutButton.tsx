/**
 * "Sign out on this device": the server forgets this device's sign-in (its sockets close, its token
 * stops working) and this browser forgets the workspace. The member's other devices stay signed in.
 */
import { useState } from 'react'
import { api } from '../api/client'
import { navigate } from '../router'
import { forgetSession } from './sessions'

export function SignOutButton({ workspaceId, token }: { workspaceId: string; token: string }) {
  const [problem, setProblem] = useState<string>()
  const signOut = async () => {
    const r = await api.signOut(workspaceId, token)
    // 401: already signed out or removed; either way this device has nothing left to keep
    if (!r.ok && r.error.status !== 401) return setProblem(r.error.message)
    forgetSession(workspaceId)
    navigate('/', { replace: true })
  }
  return (
    <>
      <button type="button" className="secondary" onClick={() => void signOut()}>
        Sign out on this device
      </button>
      {problem && <span role="alert" className="small">{problem}</span>}
    </>
  )
}
