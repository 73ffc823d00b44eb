import { TABLE_PRESETS } from './table-presets'
import { restoreTags } from './restore-blocks'
import type { RestoreContext } from './restore-context'
import {
  TASK_FIELDS,
  type Appendix,
  type Column,
  type ColumnKind,
  type TableNumbering,
  type TableRow,
  type TaskField,
} from './types'

const FIELDS = TASK_FIELDS
const KINDS: readonly ColumnKind[] = ['index', 'custom', ...FIELDS]
const DEFAULT_NUMBERING = TABLE_PRESETS['papi-004'].numbering

/** Restores one appendix with its task table. */
export function restoreAppendix(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): Appendix | undefined {
  const obj = ctx.object(raw, path, 'phụ lục')
  if (!obj) {
    return undefined
  }
  const columns = ctx.array(obj.columns, `${path}.columns`).flatMap((c, i) => {
    const column = restoreColumn(c, `${path}.columns[${i}]`, ctx)
    return column ? [column] : []
  })
  let afterGroup = true
  const rows = ctx.array(obj.rows, `${path}.rows`).flatMap((r, i) => {
    const row = restoreRow(r, `${path}.rows[${i}]`, afterGroup, ctx)
    if (row) {
      afterGroup = row.type === 'group'
    }
    return row ? [row] : []
  })
  return {
    type: 'appendix',
    id: ctx.id(obj.id, `${path}.id`),
    title: ctx.string(obj.title, `${path}.title`),
    columns,
    numbering: restoreNumbering(obj.numbering, `${path}.numbering`, ctx),
    rows,
    ...(obj.landscape === false ? { landscape: false } : { landscape: true }),
  }
}

function restoreColumn(raw: unknown, path: string, ctx: RestoreContext): Column | undefined {
  const obj = ctx.object(raw, path, 'cột')
  if (!obj) {
    return undefined
  }
  const width =
    typeof obj.width === 'number' && obj.width > 0 && obj.width < 1000 ? obj.width : undefined
  if (width === undefined) {
    ctx.repair(`${path}.width`, 'Đặt lại độ rộng cột không hợp lệ (30 mm).')
  }
  return {
    id: ctx.id(obj.id, `${path}.id`),
    kind: ctx.oneOf(obj.kind, KINDS, `${path}.kind`, 'custom'),
    label: ctx.string(obj.label, `${path}.label`),
    width: width ?? 30,
  }
}

function restoreNumbering(raw: unknown, path: string, ctx: RestoreContext): TableNumbering {
  const obj = ctx.object(raw, path, 'cách đánh số bảng') ?? {}
  return {
    group: ctx.oneOf(
      obj.group,
      ['arabic', 'roman', 'arabic-dot', 'upper-letter', 'lower-letter'],
      `${path}.group`,
      DEFAULT_NUMBERING.group
    ),
    task: ctx.oneOf(obj.task, ['nested', 'flat', 'none'], `${path}.task`, DEFAULT_NUMBERING.task),
    criterion: ctx.oneOf(
      obj.criterion,
      ['letter', 'none'],
      `${path}.criterion`,
      DEFAULT_NUMBERING.criterion
    ),
  }
}

function restoreRow(
  raw: unknown,
  path: string,
  afterGroup: boolean,
  ctx: RestoreContext
): TableRow | undefined {
  const obj = ctx.object(raw, path, 'dòng bảng')
  if (!obj) {
    return undefined
  }
  const tags = restoreTags(obj.tags, `${path}.tags`, ctx)
  const id = ctx.id(obj.id, `${path}.id`)
  if (obj.type === 'group') {
    return {
      type: 'group',
      id,
      label: ctx.string(obj.label, `${path}.label`),
      ...(tags ? { tags } : {}),
    }
  }
  if (obj.type !== 'task') {
    ctx.repair(path, 'Chuyển dòng không rõ loại thành dòng nhiệm vụ.')
  }
  const fieldsRaw = ctx.object(obj.fields, `${path}.fields`, 'nội dung dòng') ?? {}
  const fields: Partial<Record<TaskField, string>> = {}
  for (const [key, value] of Object.entries(fieldsRaw)) {
    if ((FIELDS as readonly string[]).includes(key)) {
      fields[key as TaskField] = ctx.string(value, `${path}.fields.${key}`)
    } else {
      const text = ctx.string(value, `${path}.fields.${key}`)
      ctx.repair(`${path}.fields.${key}`, 'Chuyển trường lạ vào cột Ghi chú.')
      fields.note = fields.note ? `${fields.note}\n${text}` : text
    }
  }
  const custom = restoreCustom(obj.custom, `${path}.custom`, ctx)
  let sameCriterion = ctx.flag(obj.sameCriterion)
  if (sameCriterion && afterGroup) {
    ctx.repair(`${path}.sameCriterion`, 'Bỏ gộp ô tiêu chí ở dòng đầu nhóm.')
    sameCriterion = undefined
  }
  return {
    type: 'task',
    id,
    fields,
    ...(custom ? { custom } : {}),
    ...(sameCriterion ? { sameCriterion } : {}),
    ...(tags ? { tags } : {}),
  }
}

/** Custom-column values are kept even when their column is gone: restore never drops text. */
function restoreCustom(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): Record<string, string> | undefined {
  const obj = ctx.object(raw, path, 'cột tùy chỉnh')
  if (!obj) {
    return undefined
  }
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(obj)) {
    out[key] = ctx.string(value, `${path}.${key}`)
  }
  return Object.keys(out).length > 0 ? out : undefined
}
