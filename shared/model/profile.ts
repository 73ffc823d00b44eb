import { createPlan } from './create-plan'
import { newId } from './ids'
import type { AgencyLevel, Plan, SignatureLine } from './types'

/**
 * The agency profile (hồ sơ đơn vị): set once, it pre-fills every new plan — issuing agency,
 * abbreviation, level, place, the usual signer and the usual recipients.
 */
export type AgencyProfile = {
  readonly agency: readonly string[]
  readonly parentAgency?: readonly string[]
  readonly agencyAbbr: string
  readonly level?: AgencyLevel
  readonly place: string
  readonly signatureLines: readonly SignatureLine[]
  readonly signer: string
  readonly recipients: readonly string[]
  readonly archive: string
}

/** The profile of a fresh install: a district People's Committee with nothing filled in. */
export const EMPTY_PROFILE: AgencyProfile = {
  agency: ['ỦY BAN NHÂN DÂN', ''],
  agencyAbbr: 'UBND',
  place: '',
  signatureLines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
  signer: '',
  recipients: [],
  archive: 'VT',
}

/** A new plan pre-filled from the agency profile, dated in `year`. */
export function createPlanFromProfile(profile: AgencyProfile, year: number): Plan {
  const plan = createPlan({
    agency: profile.agency,
    ...(profile.parentAgency && profile.parentAgency.length > 0
      ? { parentAgency: profile.parentAgency }
      : {}),
    agencyAbbr: profile.agencyAbbr,
    place: profile.place,
    ...(profile.level ? { level: profile.level } : {}),
    year,
  })
  return {
    ...plan,
    recipients: profile.recipients.map(text => ({ id: newId(), text })),
    archive: profile.archive,
    signature: { lines: profile.signatureLines, signer: profile.signer },
  }
}
