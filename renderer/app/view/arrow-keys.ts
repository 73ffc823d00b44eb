import type { KeyboardEvent } from 'react'

const NEXT: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 }

/**
 * Arrow keys move along a row of buttons (a toolbar or a tab list), Home and End jump to its ends,
 * as in Windows toolbars and tabs; in a tab list the focused tab is also selected.
 */
export function moveAlongButtons(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement
  if (event.altKey || event.ctrlKey || event.metaKey || target.tagName !== 'BUTTON') {
    return
  }
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ]
  const at = buttons.indexOf(target as HTMLButtonElement)
  if (at < 0) {
    return
  }
  const step = NEXT[event.key]
  const to =
    step !== undefined
      ? (at + step + buttons.length) % buttons.length
      : event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : undefined
  const button = to === undefined ? undefined : buttons[to]
  if (!button) {
    return
  }
  event.preventDefault()
  button.focus()
  if (button.getAttribute('role') === 'tab') {
    button.click()
  }
}
