import { issuerName } from '../model/format-header'
import type { Plan } from '../model/types'

/** What Word shows under File › Info and Explorer in its Details pane. */
export type CoreProperties = {
  readonly creator: string
  readonly lastModifiedBy: string
  readonly title: string
  readonly description: string
}

/**
 * The .docx core properties of a plan: the issuing agency as author and last editor (never
 * docx's "Un-named"), the trích yếu as title. The agency falls back to the app's name only for a
 * plan whose header names no agency yet.
 */
export function coreProperties(plan: Plan): CoreProperties {
  const agency = issuerName(plan.header) || 'Soạn Kế hoạch'
  return {
    creator: agency,
    lastModifiedBy: agency,
    title: plan.subject.replace(/\s+/g, ' ').trim().normalize('NFC'),
    description: 'Kế hoạch soạn bằng Soạn Kế hoạch theo Nghị định 30/2020/NĐ-CP',
  }
}
