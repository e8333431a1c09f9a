/** Board navigation: a list of links (keyboard-friendly), the current one marked with aria-current. */
import { navigate } from '../router'
import type { BoardView } from '../views/registry'

export function BoardNav({ workspaceId, views, current }: { workspaceId: string; views: readonly BoardView[]; current: string }) {
  return (
    <nav aria-label="Boards" className="board-nav">
      <ul>
        {views.map((v) => (
          <li key={v.id}>
            <a
              href={`/w/${workspaceId}/${v.id}`}
              aria-current={v.id === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault()
                navigate(`/w/${workspaceId}/${v.id}`)
              }}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
