/** Transforms and queries on the body's flat outline (the editor's form), one per file. */
export type { OutlineEntry, SubtreeMove } from './outline-entry'
export { subtreeEnd } from './subtree-end'
export { moveSubtree } from './move-subtree'
export { moveSubtreeBefore } from './move-subtree-before'
export { applySubtreeMove } from './apply-subtree-move'
export { clauseInsertionPoint, type InsertionPoint } from './clause-insertion-point'
export { indentStyle, type EntryStyle, type StyledEntry } from './indent-style'
