import type { Plan, Recipient } from '../types'

/** The plan with a Nơi nhận line added after the others (the archive line stays last). */
export function appendRecipient(plan: Plan, recipient: Recipient): Plan {
  return { ...plan, recipients: [...plan.recipients, recipient] }
}
