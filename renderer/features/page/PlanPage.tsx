import { useMemo } from 'react'
import { numberPlan } from '../../../shared/model/numbering'
import type { Plan } from '../../../shared/model/types'
import { AppendixSheet } from './AppendixSheet'
import { BlockList } from './BlockView'
import { ClosingBlock } from './ClosingBlock'
import { FootnoteList } from './FootnoteList'
import { HeaderTable } from './HeaderTable'
import { NumberingContext } from './page-context'
import { SectionBlock } from './SectionBlock'
import { Sheet } from './Sheet'
import { SignatureTable } from './SignatureTable'
import { BasisLines, TitleBlock } from './TitleBlock'
import './page.css'

/**
 * A read-only view of a whole plan laid out like the printed pages: the portrait body sheet
 * (header, title, căn cứ, preamble, sections, closing, Nơi nhận and signature, footnotes), then
 * one sheet per appendix. Every block carries `data-block-id` so other panes can jump to it.
 */
export function PlanPage({ plan }: { plan: Plan }) {
  const numbering = useMemo(() => numberPlan(plan), [plan])
  return (
    <NumberingContext.Provider value={numbering}>
      <div className="pg-desk" data-testid="plan-page">
        <Sheet testId="page">
          <HeaderTable header={plan.header} />
          <TitleBlock subject={plan.subject} />
          <BasisLines lines={plan.bases} />
          <div className="pg-preamble" data-testid="preamble">
            <BlockList blocks={plan.preamble} />
          </div>
          {plan.sections.map((section, i) => (
            <SectionBlock key={section.id} section={section} index={i} />
          ))}
          <ClosingBlock paragraphs={plan.closing} />
          <SignatureTable plan={plan} />
          <FootnoteList plan={plan} />
        </Sheet>
        {plan.appendices.map((appendix, i) => (
          <AppendixSheet
            key={appendix.id}
            appendix={appendix}
            index={i}
            count={plan.appendices.length}
            header={plan.header}
          />
        ))}
      </div>
    </NumberingContext.Provider>
  )
}
