import type { Plan } from '../../../../shared/model/types'
import { outlineLines, rowLine } from '../corpus/expect'

/** The facts of a plan an import of its own export must give back, as comparable JSON. */
export function planFacts(plan: Plan): Record<string, unknown> {
  const { header } = plan
  return {
    agency: header.agency,
    parentAgency: header.parentAgency ?? [],
    number: header.number,
    agencyAbbr: header.agencyAbbr,
    date: header.date,
    level: header.level,
    subject: plan.subject,
    sections: plan.sections.map(s => [s.title, outlineLines(s.children)]),
    recipients: plan.recipients.map(r => r.text),
    signer: plan.signature.signer,
    appendices: plan.appendices.map(a => [a.title, a.rows.map(rowLine)]),
  }
}
