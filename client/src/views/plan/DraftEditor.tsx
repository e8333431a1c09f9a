/** The live plan draft in Tool A's order, with the quality checks beside it. */
import { AtAGlance } from './draft/AtAGlance'
import { Direction } from './draft/Direction'
import { Needs } from './draft/Needs'
import { Overview } from './draft/Overview'
import { Planning } from './draft/Planning'
import { Reporting } from './draft/Reporting'
import { Signatures } from './draft/Signatures'
import { SupportsSummary } from './draft/SupportsSummary'
import { QualityPanel } from './QualityPanel'

export function DraftEditor() {
  return (
    <div className="plan-layout">
      <div className="plan-sections">
        <AtAGlance />
        <Direction />
        <Overview />
        <Signatures />
        <Needs />
        <Planning />
        <Reporting />
        <SupportsSummary />
      </div>
      <QualityPanel />
    </div>
  )
}
