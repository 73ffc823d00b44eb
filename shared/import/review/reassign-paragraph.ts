import type { Plan } from '../../model/types'
import { asAppendix } from './as-appendix'
import { asRecipients } from './as-recipients'
import { asSection } from './as-section'
import { asSignature } from './as-signature'

/** A role the clerk can give a loose paragraph in the import review. */
export type ParagraphRole = 'recipients' | 'signature' | 'appendix' | 'section'

/** The roles with the words the review shows for them. */
export const PARAGRAPH_ROLES: readonly { readonly role: ParagraphRole; readonly label: string }[] =
  [
    { role: 'recipients', label: 'Đây là Nơi nhận' },
    { role: 'signature', label: 'Đây là người ký' },
    { role: 'appendix', label: 'Đây là phụ lục' },
    { role: 'section', label: 'Đây là mục' },
  ]

const TRANSFORMS: Readonly<Record<ParagraphRole, (plan: Plan, id: string) => Plan>> = {
  recipients: asRecipients,
  signature: asSignature,
  appendix: asAppendix,
  section: asSection,
}

/** Gives the loose paragraph `id` another role; the plan is unchanged when it cannot. */
export function reassignParagraph(plan: Plan, id: string, role: ParagraphRole): Plan {
  return TRANSFORMS[role](plan, id)
}
