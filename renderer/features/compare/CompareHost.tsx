import { useEffect, useState, type ReactNode } from 'react'
import type { Plan } from '../../../shared/model/types'
import type { CompareTarget } from '../../workspace/commands'
import { useWorkspace } from '../../workspace/workspace'
import { CompareScreen } from './CompareScreen'
import './compare.css'
import { readOtherPlan } from './read-other-plan'

/**
 * Owns the compare commands: `compare.open` (another plan given as a Plan — a file, an earlier
 * version) and `compare.pick` ("So sánh…": a .kehoach or Word file). While a comparison is open
 * it takes the page area; the editor (`children`) stays mounted underneath, hidden.
 */
export function CompareHost({
  plan,
  children,
}: {
  readonly plan: Plan
  readonly children: ReactNode
}) {
  const { commands, dialogs, compare, announce } = useWorkspace()
  const [target, setTarget] = useState<CompareTarget | undefined>(undefined)

  useEffect(
    () =>
      commands.register({
        'compare.open': other => setTarget(other),
        'compare.pick': kind => {
          void readOtherPlan(kind, dialogs, compare).then(read => {
            if (read === undefined) {
              return
            }
            if (read.ok) {
              setTarget(read.value)
            } else {
              announce('error', read.error.message)
            }
          })
        },
      }),
    [announce, commands, compare, dialogs]
  )

  return (
    <>
      {target !== undefined && (
        <CompareScreen
          older={target.plan}
          label={target.label}
          newer={plan}
          onClose={() => setTarget(undefined)}
        />
      )}
      <div className={target === undefined ? 'cmp-editor' : 'cmp-editor cmp-editor--hidden'}>
        {children}
      </div>
    </>
  )
}
