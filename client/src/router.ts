/** A tiny history router: the path is state, `navigate` pushes, back/forward re-render. */
import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()
window.addEventListener('popstate', () => listeners.forEach((l) => l()))

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  listeners.forEach((l) => l())
}

export function usePath(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => location.pathname,
  )
}

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'join'; readonly workspaceId: string }
  | { readonly page: 'workspace'; readonly workspaceId: string; readonly view: string | undefined }
  | { readonly page: 'portfolio-home' }
  | { readonly page: 'portfolio'; readonly orgId: string; readonly section: string | undefined }
  | { readonly page: 'portfolio-join'; readonly orgId: string }
  | { readonly page: 'not-found' }

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean)
  if (parts.length === 0) return { page: 'home' }
  if (parts[0] === 'join' && parts[1]) return { page: 'join', workspaceId: parts[1] }
  if (parts[0] === 'w' && parts[1]) return { page: 'workspace', workspaceId: parts[1], view: parts[2] }
  if (parts[0] === 'portfolio') {
    if (!parts[1]) return { page: 'portfolio-home' }
    if (parts[2] === 'join') return { page: 'portfolio-join', orgId: parts[1] }
    return { page: 'portfolio', orgId: parts[1], section: parts[2] }
  }
  return { page: 'not-found' }
}
