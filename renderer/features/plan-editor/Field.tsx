import { memo, type CSSProperties, type KeyboardEvent } from 'react'

/** Props of an in-page field. */
export type FieldProps = {
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
  readonly testId?: string
  readonly className?: string
  readonly label: string
  readonly style?: CSSProperties
  /** Width in characters for short fields (number, day, month). */
  readonly size?: number
  /** Enter (outside an IME composition) runs this instead of typing a line break. */
  readonly onEnter?: () => void
  /** Takes the caret when it appears (a line the clerk just added). */
  readonly autoFocus?: boolean
}

/** Calls `onEnter` for a plain Enter that is not confirming an IME composition. */
function enterHandler(
  onEnter: (() => void) | undefined
): ((event: KeyboardEvent<HTMLElement>) => void) | undefined {
  return onEnter
    ? event => {
        if (
          event.key === 'Enter' &&
          !event.shiftKey &&
          !event.ctrlKey &&
          !event.altKey &&
          !event.nativeEvent.isComposing
        ) {
          event.preventDefault()
          onEnter()
        }
      }
    : undefined
}

/**
 * A text field that sits in the page and looks like the printed text (same font and size), with a
 * dotted underline only while hovered or focused. Stored text is NFC.
 */
export const Field = memo(function Field({
  value,
  onChange,
  placeholder,
  testId,
  className,
  label,
  style,
  size,
  onEnter,
  autoFocus,
}: FieldProps) {
  return (
    <input
      autoFocus={autoFocus}
      onKeyDown={enterHandler(onEnter)}
      className={`ed-field ${className ?? ''}`}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      size={size ?? 1}
      style={style}
      spellCheck={false}
      lang="vi"
      onChange={event => onChange(event.target.value.normalize('NFC'))}
    />
  )
})

/**
 * A multi-line in-page field that grows with its text (trích yếu, table cells). The growth is
 * CSS `field-sizing: content`: measuring heights in script forced a layout per cell.
 */
export const AreaField = memo(function AreaField({
  value,
  onChange,
  placeholder,
  testId,
  className,
  label,
  onEnter,
  autoFocus,
}: Omit<FieldProps, 'size' | 'style'>) {
  return (
    <textarea
      autoFocus={autoFocus}
      onKeyDown={enterHandler(onEnter)}
      rows={1}
      className={`ed-field ed-area ${className ?? ''}`}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      spellCheck={false}
      lang="vi"
      onChange={event => onChange(event.target.value.normalize('NFC'))}
    />
  )
})
