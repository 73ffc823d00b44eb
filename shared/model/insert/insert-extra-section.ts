import type { Plan, Section } from '../types'

/**
 * The plan with an empty extra section titled `title` (e.g. KINH PHÍ THỰC HIỆN) before Tổ chức
 * thực hiện, or last when the plan has no such section.
 */
export function insertExtraSection(plan: Plan, id: string, title: string): Plan {
  const section: Section = { type: 'section', id, role: 'extra', title, children: [] }
  const found = plan.sections.findIndex(s => s.role === 'organization')
  const at = found >= 0 ? found : plan.sections.length
  return { ...plan, sections: [...plan.sections.slice(0, at), section, ...plan.sections.slice(at)] }
}
