/** Board navigation: a list of links (keyboard-friendly), the current one marked with aria-current. */
import { BOARDS, type BoardId } from '../../../shared/doc/boards'
import { navigate } from '../router'

export function BoardNav({ workspaceId, boards, current }: { workspaceId: string; boards: readonly BoardId[]; current: string }) {
  return (
    <nav aria-label="Boards" className="board-nav">
      <ul>
        {boards.map((id) => (
          <li key={id}>
            <a
              href={`/w/${workspaceId}/${id}`}
              aria-current={id === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault()
                navigate(`/w/${workspaceId}/${id}`)
              }}
            >
              {BOARDS[id].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
