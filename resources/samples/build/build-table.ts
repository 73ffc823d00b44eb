import { TABLE_PRESETS, presetColumns } from '../../../shared/model/table-presets'
import type { Appendix, TableRow, TaskField } from '../../../shared/model/types'
import type { IdSource } from './ids'
import type { AppendixOverride, RawRow } from './overrides/types'
import { cellLines, joinContinuations, readTableRows } from './parse-table'

const GROUP_INDEX = /^(\d+|[IVX]+)$/
const GROUP_DOTTED = /^\d+\.\s+(.+)$/
const CRITERION_LETTER = /^[a-zđ]\)\s*/
const MULTILINE_FIELDS: readonly TaskField[] = ['task', 'target', 'result']

/** Builds the appendix of a seed from the table lines that follow its signature block. */
export function buildAppendix(
  lines: readonly string[],
  override: AppendixOverride,
  ids: IdSource
): Appendix {
  const preset = TABLE_PRESETS[override.preset]
  // Deterministic column ids instead of presetColumns' random ones (no churn between builds).
  const columns = presetColumns(override.preset).map(column => ({
    ...column,
    id: ids.next('col'),
  }))
  const raw = readTableRows(lines, columns.length)
  const fixed = override.fixRows ? override.fixRows(raw) : raw
  const joined = joinContinuations(fixed, row => isContinuation(row, override))
  const rows: TableRow[] = []
  let group = -1
  for (const row of joined) {
    const label = groupLabel(row, override)
    if (label !== undefined) {
      group += 1
      const papi = override.groupTags[group]
      rows.push({ type: 'group', id: ids.next('r'), label, ...(papi ? { tags: { papi } } : {}) })
      continue
    }
    const fields: Partial<Record<TaskField, string>> = {}
    let index = ''
    columns.forEach((column, i) => {
      const cell = row.cells[i] ?? ''
      if (column.kind === 'index') {
        index = cell
      } else if (column.kind !== 'custom' && cell !== '') {
        const text = column.kind === 'criterion' ? cell.replace(CRITERION_LETTER, '') : cell
        fields[column.kind] = MULTILINE_FIELDS.includes(column.kind) ? cellLines(text) : text
      }
    })
    const hasIndex = columns.some(column => column.kind === 'index')
    const same = hasIndex && index === '' && (fields.criterion ?? '') === '' && rows.length > 0
    const papi = override.groupTags[group]
    rows.push({
      type: 'task',
      id: ids.next('r'),
      fields,
      ...(same && rows[rows.length - 1]?.type === 'task' ? { sameCriterion: true } : {}),
      ...(papi ? { tags: { papi } } : {}),
    })
  }
  return {
    type: 'appendix',
    id: ids.next('a'),
    title: override.title,
    columns,
    numbering: preset.numbering,
    rows,
    landscape: true,
  }
}

function groupLabel(row: RawRow, override: AppendixOverride): string | undefined {
  const [first = '', second = '', ...rest] = row.cells
  if (override.preset === 'papi-002') {
    const dotted = GROUP_DOTTED.exec(first)
    return dotted && second === '' && rest.every(cell => cell === '') ? dotted[1] : undefined
  }
  return GROUP_INDEX.test(first) && second !== '' && rest.every(cell => cell === '')
    ? second
    : undefined
}

function isContinuation(row: RawRow, override: AppendixOverride): boolean {
  const first = row.cells[0] ?? ''
  switch (override.continuation) {
    case 'after-break':
      return (
        row.afterBreak &&
        groupLabel(row, override) === undefined &&
        (first === '' || /^\p{Ll}/u.test(first))
      )
    case 'empty-index':
      return first === ''
    case 'none':
      return false
  }
}
