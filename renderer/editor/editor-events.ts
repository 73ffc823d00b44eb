import type { Block } from '../../shared/model/types'
import type { ReuseContext } from '../../shared/text/reuse-hints'

/**
 * Commands other panes send to the body editor (outline, checks, library): move the caret to a
 * block, or move a block with its subtree before another one.
 */
export type EditorCommand =
  | { readonly kind: 'focus'; readonly id: string }
  | { readonly kind: 'move'; readonly id: string; readonly beforeId: string }
  | { readonly kind: 'find' }
  /** Add an extra section (e.g. KINH PHÍ THỰC HIỆN) before Tổ chức thực hiện, or remove one. */
  | { readonly kind: 'add-section' }
  | { readonly kind: 'remove-section'; readonly id: string }
  /** Insert blocks (a library clause) after the caret's block, at its level; then flag stale years/level words. */
  | {
      readonly kind: 'insert-blocks'
      readonly blocks: readonly Block[]
      readonly reuse: ReuseContext
    }
  /** Reply with the caret's block and its sub-items as a model block (to save it in the library). */
  | { readonly kind: 'capture'; readonly reply: (block: Block | undefined) => void }

const EVENT = 'skh:editor-command'

/** Sends a command to the body editor. */
export function sendEditorCommand(command: EditorCommand): void {
  window.dispatchEvent(new CustomEvent<EditorCommand>(EVENT, { detail: command }))
}

/** Listens for editor commands; returns the unsubscribe function. */
export function onEditorCommand(listener: (command: EditorCommand) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<EditorCommand>).detail)
  window.addEventListener(EVENT, handler)
  return () => window.removeEventListener(EVENT, handler)
}

/** Scrolls any element carrying `data-block-id` into view (header fields, tables, body blocks). */
export function scrollToBlock(id: string): void {
  document.querySelector(`[data-block-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' })
}
