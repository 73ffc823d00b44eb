import type { ReactNode } from 'react'

/** Props of a printed sheet. */
export type SheetProps = {
  /** A landscape sheet is 297 mm wide (appendix task tables). */
  readonly landscape?: boolean
  readonly testId?: string
  readonly blockId?: string
  readonly children: ReactNode
}

/** A white A4 sheet with the Decree-30 margins (20/20/30/15 mm), drawn on the grey desk. */
export function Sheet({ landscape, testId, blockId, children }: SheetProps) {
  const className = landscape ? 'pg-sheet pg-sheet--landscape' : 'pg-sheet pg-sheet--portrait'
  return (
    <section className={className} data-testid={testId} data-block-id={blockId}>
      {children}
    </section>
  )
}
