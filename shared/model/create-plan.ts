import { newId } from './ids'
import type { AgencyLevel, Block, Plan, Section, SectionRole } from './types'

/** Default heading text of each required section. */
export const DEFAULT_SECTION_TITLES: Readonly<Record<Exclude<SectionRole, 'extra'>, string>> = {
  purpose: 'MỤC ĐÍCH, YÊU CẦU',
  tasks: 'NHIỆM VỤ, GIẢI PHÁP',
  organization: 'TỔ CHỨC THỰC HIỆN',
}

/** Agency profile values that pre-fill a new plan (hồ sơ đơn vị). */
export type PlanDefaults = {
  readonly agency?: readonly string[]
  readonly parentAgency?: readonly string[]
  readonly agencyAbbr?: string
  readonly place?: string
  readonly level?: AgencyLevel
  readonly year?: number
}

function section(role: SectionRole, title: string, children: readonly Block[] = []): Section {
  return { type: 'section', id: newId(), role, title, children }
}

/** A new plan with the fixed skeleton: header, the three required sections and a signature block. */
export function createPlan(defaults: PlanDefaults = {}): Plan {
  return {
    header: {
      ...(defaults.parentAgency ? { parentAgency: defaults.parentAgency } : {}),
      agency: defaults.agency ?? ['ỦY BAN NHÂN DÂN', ''],
      agencyAbbr: defaults.agencyAbbr ?? 'UBND',
      place: defaults.place ?? '',
      date: defaults.year === undefined ? {} : { year: defaults.year },
      ...(defaults.level ? { level: defaults.level } : {}),
    },
    subject: '',
    bases: [],
    preamble: [],
    sections: [
      section('purpose', DEFAULT_SECTION_TITLES.purpose, [
        {
          type: 'item',
          id: newId(),
          style: 'decimal',
          heading: true,
          content: [{ text: 'Mục đích' }],
          children: [],
        },
        {
          type: 'item',
          id: newId(),
          style: 'decimal',
          heading: true,
          content: [{ text: 'Yêu cầu' }],
          children: [],
        },
      ]),
      section('tasks', DEFAULT_SECTION_TITLES.tasks),
      section('organization', DEFAULT_SECTION_TITLES.organization),
    ],
    closing: [],
    recipients: [],
    archive: 'VT',
    signature: {
      lines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
      signer: '',
    },
    appendices: [],
  }
}
