import { newId } from '../../model/ids'
import type { Plan, Section } from '../../model/types'
import { runsText } from '../../text/runs'
import { cutAt } from './block-path'
import { containerBlocks, locateParagraph } from './take-paragraph'

/** Whether a loose paragraph in a section of this role may start a new section there. */
export function canStartSection(role: string): boolean {
  // Extra sections stand between II. Nhiệm vụ, giải pháp and the last section (restoreSections).
  return role === 'tasks' || role === 'extra'
}

/**
 * Makes a loose paragraph the heading of a new extra section (e.g. "IV. KINH PHÍ THỰC HIỆN"
 * read as running text): its typed Roman number is dropped (numbering is the model's), and the
 * blocks after it in its section (also those typed under the same item) move into the new one,
 * right after that section. Unchanged
 * when `id` is no loose paragraph of a tasks or extra section.
 */
export function asSection(plan: Plan, id: string): Plan {
  const at = locateParagraph(plan, id)
  if (!at || typeof at.container !== 'object') {
    return plan
  }
  const index = at.container.section
  const source = plan.sections[index]
  if (!source || !canStartSection(source.role)) {
    return plan
  }
  const cut = cutAt(containerBlocks(plan, at.container), at.path)
  const title = runsText(cut.paragraph.content)
    .replace(/^\s*[IVXLC]+\s*[.\-–)]\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim()
  const section: Section = {
    type: 'section',
    id: newId(),
    role: 'extra',
    title,
    children: cut.after,
  }
  const sections = [
    ...plan.sections.slice(0, index),
    { ...source, children: cut.before },
    section,
    ...plan.sections.slice(index + 1),
  ]
  return { ...plan, sections }
}
