/** One "Strengths and Weaknesses in …" area per revealed domain, co-edited by the team. */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { RubricDomain } from '../../../../shared/content/rubric-model'
import { strengthsWeaknessesText } from '../../../../shared/doc/rubric'
import { LabelledYText } from '../../ui/LabelledYText'

export function StrengthsWeaknesses({ domain, doc, readOnly }: { domain: RubricDomain; doc: Y.Doc; readOnly: boolean }) {
  const text = useMemo(() => strengthsWeaknessesText(doc, domain.id), [doc, domain.id])
  return (
    <LabelledYText text={text} label={domain.strengthsWeaknesses.text} className="field rb-textfield" multiline rows={4} disabled={readOnly} />
  )
}
