import { newId } from './ids'
import { DEFAULT_SECTION_TITLES } from './create-plan'
import { restoreBlocks, restoreTags } from './restore-blocks'
import type { RestoreContext } from './restore-context'
import type { Section, SectionRole } from './types'

const ROLES: readonly SectionRole[] = ['purpose', 'tasks', 'extra', 'organization']
const REQUIRED = ['purpose', 'tasks', 'organization'] as const

/**
 * Restores the body sections and enforces the skeleton: exactly one purpose, tasks and
 * organization section, in that order, with extra sections only between tasks and organization.
 */
export function restoreSections(raw: unknown, path: string, ctx: RestoreContext): Section[] {
  const sections = ctx.array(raw, path).flatMap((item, i) => {
    const section = restoreSection(item, `${path}[${i}]`, ctx)
    return section ? [section] : []
  })
  const first = new Map<SectionRole, Section>()
  const extras: Section[] = []
  for (const section of sections) {
    if (section.role === 'extra') {
      extras.push(section)
    } else if (first.has(section.role)) {
      ctx.repair(path, `Mục “${section.title}” bị trùng vai trò, chuyển thành mục bổ sung.`)
      extras.push({ ...section, role: 'extra' })
    } else {
      first.set(section.role, section)
    }
  }
  for (const role of REQUIRED) {
    if (!first.has(role)) {
      ctx.repair(path, `Thêm mục bắt buộc “${DEFAULT_SECTION_TITLES[role]}” bị thiếu.`)
      first.set(role, {
        type: 'section',
        id: newId(),
        role,
        title: DEFAULT_SECTION_TITLES[role],
        children: [],
      })
    }
  }
  const ordered = [
    first.get('purpose'),
    first.get('tasks'),
    ...extras,
    first.get('organization'),
  ].filter((s): s is Section => s !== undefined)
  const sameOrder =
    sections.length === ordered.length && sections.every((s, i) => s.id === ordered[i]?.id)
  if (!sameOrder && sections.length === ordered.length) {
    ctx.repair(path, 'Sắp xếp lại các mục theo bố cục bắt buộc của kế hoạch.')
  }
  return ordered
}

function restoreSection(raw: unknown, path: string, ctx: RestoreContext): Section | undefined {
  const obj = ctx.object(raw, path, 'mục')
  if (!obj) {
    return undefined
  }
  const role = ctx.oneOf(obj.role, ROLES, `${path}.role`, 'extra')
  const tags = restoreTags(obj.tags, `${path}.tags`, ctx)
  return {
    type: 'section',
    id: ctx.id(obj.id, `${path}.id`),
    role,
    title: ctx.string(
      obj.title,
      `${path}.title`,
      role === 'extra' ? '' : DEFAULT_SECTION_TITLES[role]
    ),
    children: restoreBlocks(obj.children, 'section', `${path}.children`, ctx),
    ...(tags ? { tags } : {}),
  }
}
