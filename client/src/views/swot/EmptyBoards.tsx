/** No SWOT board yet: say what a SWOT is for here, and let a member start one. */
import { useId, useState, type FormEvent } from 'react'

export function EmptyBoards({ canEdit, onCreate }: { readonly canEdit: boolean; readonly onCreate: (title: string) => void }) {
  const id = useId()
  const [title, setTitle] = useState('Needs assessment SWOT')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (title.trim()) onCreate(title.trim())
  }
  return (
    <section className="swot-empty card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>SWOT: strengths, weaknesses, opportunities and threats</h2>
      <p>
        A SWOT board is the Data Analysis table of the improvement plan. The team lists what works (strengths), what falls short (weaknesses),
        outside help (opportunities) and outside or inside conditions that could be the root of a weakness (threats) — each with its evidence.
      </p>
      <ol className="small">
        <li>Add items in each quadrant, or start a silent brainstorm so everyone drafts privately first.</li>
        <li>Give each item its evidence: the data source, result or observation that shows it.</li>
        <li>Turn a weakness or threat into a fishbone to find its root causes; prioritised causes come back here.</li>
      </ol>
      {canEdit ? (
        <form className="row" onSubmit={submit}>
          <label htmlFor={`${id}-t`}>Board title</label>
          <input id={`${id}-t`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required />
          <button type="submit" className="primary">
            Create the first SWOT board
          </button>
        </form>
      ) : (
        <p className="muted">No SWOT board yet. When the team starts one, it appears here.</p>
      )}
    </section>
  )
}
