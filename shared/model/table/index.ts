/** Row and column operations of an appendix task table, each a pure function (one per file). */
export { moveRow } from './move-row'
export { insertRows } from './insert-rows'
export { removeRow } from './remove-row'
export { updateRow } from './update-row'
export { toggleMerge } from './toggle-merge'
export { addColumn, removeColumn, updateColumn, COLUMN_WIDTH, NEW_COLUMN_WIDTH } from './columns'
