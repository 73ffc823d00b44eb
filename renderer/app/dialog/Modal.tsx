import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { tabbable } from 'tabbable'
import './modal.css'

/**
 * A modal dialog as Windows programs have them, on the native `<dialog>` (showModal gives the top
 * layer and makes the page behind it inert): focus moves into it when it opens (the field React
 * auto-focused, else the first control), Tab and Shift+Tab stay inside it, Escape cancels, and
 * focus goes back where it was when it closes.
 */
export function Modal(props: {
  /** The dialog's accessible name. */
  readonly label: string
  /** The id of the dialog's visible heading: then the heading names it (aria-labelledby). */
  readonly headingId?: string
  /** Escape (and any native close) calls this; the owner unmounts the dialog. */
  readonly onCancel: () => void
  readonly testId?: string
  readonly children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  // Read while rendering, before React's autoFocus moves focus into the new dialog.
  const [returnTo] = useState(() => document.activeElement)
  const onCancel = useRef(props.onCancel)
  useLayoutEffect(() => {
    onCancel.current = props.onCancel
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) {
      return undefined
    }
    const focused = document.activeElement
    if (!dialog.open) {
      dialog.showModal()
    }
    if (focused instanceof HTMLElement && dialog.contains(focused) && focused !== dialog) {
      focused.focus()
    } else {
      tabbable(dialog)[0]?.focus()
    }
    return () => {
      if (dialog.open) {
        dialog.close()
      }
      if (returnTo instanceof HTMLElement && returnTo.isConnected) {
        returnTo.focus({ preventScroll: true })
      }
    }
  }, [returnTo])

  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-label={props.headingId === undefined ? props.label : undefined}
      aria-labelledby={props.headingId}
      aria-modal="true"
      data-testid={props.testId}
      onCancel={event => {
        // Escape: the owner decides (it unmounts the dialog); the element is not closed under it.
        event.preventDefault()
        onCancel.current()
      }}
      onKeyDown={event => {
        if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          onCancel.current()
        } else if (event.key === 'Tab') {
          keepTabInside(event.currentTarget, event)
        }
      }}
    >
      {props.children}
    </dialog>
  )
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(
  dialog: HTMLDialogElement,
  event: { shiftKey: boolean; preventDefault: () => void }
): void {
  const controls = tabbable(dialog)
  const first = controls[0]
  const last = controls[controls.length - 1]
  const active = document.activeElement
  if (!first || !last) {
    event.preventDefault()
    return
  }
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || active === dialog)) {
    event.preventDefault()
    first.focus()
  }
}
