/** Scrolls any element carrying `data-block-id` into view (header fields, tables, body blocks). */
export function scrollToBlock(id: string): void {
  document.querySelector(`[data-block-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' })
}
