import { HomePage } from './routes/HomePage'
import { JoinPage } from './routes/JoinPage'
import { WorkspacePage } from './routes/WorkspacePage'
import { parseRoute, usePath } from './router'

export function App() {
  const route = parseRoute(usePath())
  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'join':
      return <JoinPage workspaceId={route.workspaceId} />
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} view={route.view} />
    case 'not-found':
      return (
        <main className="page narrow">
          <h1>Page not found</h1>
          <p>
            <a href="/">Go to the Rootwork home page</a>
          </p>
        </main>
      )
  }
}
