/** CSV / SVG / PNG export buttons for one roll-up, with the failure (if any) announced. */
import { useState } from 'react'
import { downloadCsv, downloadPng, downloadSvg } from './exports'

export function ExportButtons(props: { readonly what: string; readonly csvUrl: string; readonly filename: string; readonly svg: () => string }) {
  const [problem, setProblem] = useState<string>()
  return (
    <div className="row export-row" role="group" aria-label={`Export the ${props.what}`}>
      <button type="button" onClick={async () => setProblem(await downloadCsv(props.csvUrl, `${props.filename}.csv`))}>
        Export CSV
      </button>
      <button type="button" onClick={() => (setProblem(undefined), downloadSvg(props.svg(), `${props.filename}.svg`))}>
        Export SVG
      </button>
      <button type="button" onClick={async () => setProblem(await downloadPng(props.svg(), `${props.filename}.png`))}>
        Export PNG
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
