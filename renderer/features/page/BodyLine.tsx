import type { ReactNode } from 'react'

/** Props of a body line, the printed shape shared by paragraphs and items. */
export type BodyLineProps = {
  /** Computed label printed before the text (`1.`, `1.1.`, `a)`, `-`, `+`). */
  readonly label?: string
  /** Bold line (a title item such as `1. Mục đích`). */
  readonly heading?: boolean
  readonly children: ReactNode
}

/** One justified 14 pt body line with a 1.27 cm first-line indent; the editor reuses it. */
export function BodyLine({ label, heading, children }: BodyLineProps) {
  return (
    <p className={heading ? 'pg-body pg-body--heading' : 'pg-body'}>
      {label !== undefined && <span className="pg-label">{label} </span>}
      {children}
    </p>
  )
}
