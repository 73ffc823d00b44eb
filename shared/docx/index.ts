/** The Decree-30 Word export: pure builders from the plan model to a `docx` Document. */
export { buildDocument } from './build-document'
export {
  checkLayoutSettings,
  DEFAULT_LAYOUT,
  LAYOUT_RANGES,
  type LayoutSettings,
} from './layout-settings'
export { preflight } from './preflight'
export { defaultFileName } from './default-file-name'
export { END_MARK } from './end-marks'
export type { ParagraphHook } from './paragraph-hook'
export type { DrawnRow, TableHook } from './table-hook'
export type { DrawnLine, LineHook } from './line-hook'
export { printedLines } from './printed-lines'
export type { RunStyle } from './inline'
