import { HomePage } from './routes/HomePage'
import { PortfolioHomePage } from './routes/PortfolioHomePage'
import { PortfolioJoinPage } from './routes/PortfolioJoinPage'
import { PortfolioPage } from './routes/PortfolioPage'
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
    case 'portfolio-home':
      return <PortfolioHomePage />
    case 'portfolio':
      return <PortfolioPage key={route.orgId} orgId={route.orgId} section={route.section} />
    case 'portfolio-join':
      return <PortfolioJoinPage orgId={route.orgId} />
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
