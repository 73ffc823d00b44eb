import type { Clause } from '../../shared/library/types'
import type { Block, Plan } from '../../shared/model/types'
import type { ReuseContext } from '../../shared/text/reuse-hints'
import { CommandRegistry } from './command-registry'

/** The commands panes run on each other, with their typed arguments; the prefix names the owner. */
export type PaneCommands = {
  /** Moves the caret to a body block, or scrolls to any other block carrying `data-block-id`. */
  readonly 'editor.focus': (id: string) => void
  /** Moves a body block with its sub-items before another (dragging in the outline). */
  readonly 'editor.move': (id: string, beforeId: string) => void
  /** Opens the find bar (Ctrl+F, Ctrl+H). */
  readonly 'editor.find': () => void
  /** Adds an extra section (e.g. KINH PHÍ THỰC HIỆN) before Tổ chức thực hiện. */
  readonly 'editor.addSection': () => void
  /** Inserts blocks after the caret's block at its level, then flags stale years and level words. */
  readonly 'editor.insertBlocks': (blocks: readonly Block[], reuse: ReuseContext) => void
  /** The caret's block with its sub-items as one model block (to save it in the library). */
  readonly 'editor.capture': () => Block | undefined
  /** Inserts a library clause where it belongs and counts its use (a clause dropped on the page). */
  readonly 'library.insertClause': (clause: Clause) => void
  /**
   * Compares the open plan with another one (an earlier version), `label` naming it. Registered by
   * the compare view; the versions list hides its "So sánh" button while nobody handles it.
   */
  readonly 'compare.open': (other: { readonly plan: Plan; readonly label: string }) => void
}

/** A registry of the panes' commands. */
export function createPaneCommands(): CommandRegistry<PaneCommands> {
  return new CommandRegistry<PaneCommands>()
}
