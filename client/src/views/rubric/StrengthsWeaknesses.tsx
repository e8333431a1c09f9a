/** One "Strengths and Weaknesses in …" area per revealed domain, co-edited by the team. */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { RubricDomain } from '../../../../shared/content/rubric-model'
import { setStrengthsWeaknesses, strengthsWeaknessesText } from '../../../../shared/doc/rubric'
import type { Undo } from './hooks'
import { YTextArea } from './YTextArea'

export function StrengthsWeaknesses({ domain, doc, readOnly, undo }: { domain: RubricDomain; doc: Y.Doc; readOnly: boolean; undo: Undo }) {
  const text = useMemo(() => strengthsWeaknessesText(doc, domain.id), [doc, domain.id])
  return (
    <YTextArea
      text={text}
      label={domain.strengthsWeaknesses.text}
      rows={4}
      undo={undo}
      disabled={readOnly}
      onChange={(v) => setStrengthsWeaknesses(doc, domain.id, v)}
    />
  )
}
