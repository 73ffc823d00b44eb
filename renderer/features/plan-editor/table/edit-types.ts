import type { Appendix } from '../../../../shared/model/types'

/** Applies a change to the appendix being edited; `key` groups quick successive edits into one undo step. */
export type Edit = (key: string, change: (appendix: Appendix) => Appendix) => void
