import { DEFAULT_SECTION_TITLES } from '../model/create-plan'
import { newId } from '../model/ids'
import type { Section, SectionRole } from '../model/types'
import type { OutlineBuilder } from './outline'

/** A Roman-numbered section as read: its title and the builder of its blocks. */
export type RawSection = { readonly title: string; readonly builder: OutlineBuilder }

const isOrganization = (r: RawSection | undefined): boolean =>
  r !== undefined && /TỔ CHỨC THỰC HIỆN/iu.test(r.title)

/**
 * Gives the sections their roles by position and wording: the first is the purpose, the second
 * the tasks, the last the organization (`TỔ CHỨC THỰC HIỆN`), any between are extra. Missing
 * required sections are added empty, with a note.
 */
export function assignRoles(raw: readonly RawSection[], notes: string[]): Section[] {
  const titled = (r: RawSection, role: SectionRole): Section => ({
    type: 'section',
    id: newId(),
    role,
    title: r.title,
    children: r.builder.finish(),
  })
  const blank = (role: Exclude<SectionRole, 'extra'>): Section => {
    notes.push(`Thêm mục “${DEFAULT_SECTION_TITLES[role]}” còn thiếu trong tệp Word.`)
    return { type: 'section', id: newId(), role, title: DEFAULT_SECTION_TITLES[role], children: [] }
  }
  const [first, ...others] = raw
  if (!first) {
    return [blank('purpose'), blank('tasks'), blank('organization')]
  }
  if (others.length === 0) {
    return [titled(first, 'purpose'), blank('tasks'), blank('organization')]
  }
  if (others.length === 1) {
    const second = others[0] as RawSection
    return isOrganization(second)
      ? [titled(first, 'purpose'), blank('tasks'), titled(second, 'organization')]
      : [titled(first, 'purpose'), titled(second, 'tasks'), blank('organization')]
  }
  const last = others[others.length - 1] as RawSection
  return [
    titled(first, 'purpose'),
    titled(others[0] as RawSection, 'tasks'),
    ...others.slice(1, -1).map(r => titled(r, 'extra')),
    titled(last, 'organization'),
  ]
}
