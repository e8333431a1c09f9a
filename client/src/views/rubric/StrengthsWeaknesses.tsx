/** One "Strengths and Weaknesses in …" area per revealed domain, co-edited by the team. */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { RubricDomain } from '../../../../shared/content/rubric-model'
import { strengthsWeaknessesText } from '../../../../shared/doc/rubric'
import { LabelledYText } from '../../ui/LabelledYText'
import type { Undo } from '../../ui/use-undo'

export function StrengthsWeaknesses({ domain, doc, readOnly, undo }: { domain: RubricDomain; doc: Y.Doc; readOnly: boolean; undo: Undo }) {
  const text = useMemo(() => strengthsWeaknessesText(doc, domain.id), [doc, domain.id])
  return (
    <LabelledYText text={text} label={domain.strengthsWeaknesses.text} className="field rb-textfield" multiline rows={4} disabled={readOnly} />
  )
}
