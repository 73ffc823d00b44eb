import { newId } from './ids'
import type { Appendix, Column, ColumnKind, TableNumbering } from './types'

/** Names of the task-table column presets taken from the seed plans. */
export type TablePresetName = 'papi-001' | 'papi-002' | 'papi-004'

type PresetColumn = readonly [ColumnKind, string, number]

type Preset = {
  readonly label: string
  readonly columns: readonly PresetColumn[]
  readonly numbering: TableNumbering
}

/** Column presets (widths in mm, summing to the 247 mm text width of a landscape A4 page). */
export const TABLE_PRESETS: Readonly<Record<TablePresetName, Preset>> = {
  'papi-001': {
    label: '7 cột: TT, chỉ số/tiêu chí, nhiệm vụ, chỉ tiêu, chủ trì, thực hiện, thời gian',
    columns: [
      ['index', 'TT', 12],
      ['criterion', 'Chỉ số nội dung/Tiêu chí thành phần', 40],
      ['task', 'Nhiệm vụ trọng tâm', 75],
      ['target', 'Chỉ tiêu', 35],
      ['lead', 'Đơn vị chủ trì theo dõi', 30],
      ['partners', 'Đơn vị thực hiện', 30],
      ['timeline', 'Thời gian thực hiện', 25],
    ],
    numbering: { group: 'arabic', task: 'nested', criterion: 'none' },
  },
  'papi-002': {
    label: '5 cột: nội dung, nhiệm vụ, cơ quan thực hiện, phối hợp, thời gian',
    columns: [
      ['criterion', 'Nội dung', 50],
      ['task', 'Nhiệm vụ, giải pháp', 90],
      ['lead', 'Cơ quan thực hiện', 37],
      ['partners', 'Cơ quan phối hợp', 40],
      ['timeline', 'Thời gian thực hiện', 30],
    ],
    numbering: { group: 'arabic-dot', task: 'none', criterion: 'letter' },
  },
  'papi-004': {
    label: '8 cột: STT, nhiệm vụ, chỉ tiêu, chủ trì, thực hiện, thời gian, kết quả, ghi chú',
    columns: [
      ['index', 'STT', 12],
      ['task', 'Nhiệm vụ trọng tâm', 70],
      ['target', 'Chỉ tiêu', 30],
      ['lead', 'Đơn vị chủ trì theo dõi', 28],
      ['partners', 'Đơn vị thực hiện', 35],
      ['timeline', 'Thời gian thực hiện', 22],
      ['result', 'Kết quả thực hiện', 32],
      ['note', 'Ghi chú', 18],
    ],
    numbering: { group: 'roman', task: 'flat', criterion: 'none' },
  },
}

/** Fresh columns (new ids) for a preset. */
export function presetColumns(name: TablePresetName): readonly Column[] {
  return TABLE_PRESETS[name].columns.map(([kind, label, width]) => ({
    id: newId(),
    kind,
    label,
    width,
  }))
}

/** A new, empty appendix task table built from a preset. */
export function createAppendix(name: TablePresetName, title: string): Appendix {
  return {
    type: 'appendix',
    id: newId(),
    title,
    columns: presetColumns(name),
    numbering: TABLE_PRESETS[name].numbering,
    rows: [],
    landscape: true,
  }
}
