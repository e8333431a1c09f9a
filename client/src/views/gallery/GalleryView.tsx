/** Placeholder until the board is built. */
export default function View() {
  return <p className="page">Coming soon.</p>
}
