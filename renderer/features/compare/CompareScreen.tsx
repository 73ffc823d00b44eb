import { useCallback, useEffect, useMemo, useState } from 'react'
import { defaultFileName } from '../../../shared/docx/default-file-name'
import { comparePlans } from '../../../shared/lineage/compare'
import type { Plan } from '../../../shared/model/types'
import { useWorkspace } from '../../workspace/workspace'
import { CompareBar } from './CompareBar'
import { CompareEntries, type NumberedEntry } from './CompareEntries'

/** Props of the compare screen: the other (older) plan, its name, and the open plan. */
export type CompareScreenProps = {
  readonly older: Plan
  readonly label: string
  readonly newer: Plan
  readonly onClose: () => void
}

/**
 * The open plan compared with an older plan, on one page: added text underlined green, removed
 * text struck through red, changed words marked inside their line, moved blocks marked with where
 * they were. F8 / Shift+F8 go to the next / previous change, Esc closes.
 */
export function CompareScreen({ older, label, newer, onClose }: CompareScreenProps) {
  const { dialogs, compare, announce } = useWorkspace()
  const comparison = useMemo(() => comparePlans(older, newer), [older, newer])
  const items = useMemo(() => numbered(comparison.entries), [comparison])
  const ids = useMemo(() => comparison.changes.map(c => c.id), [comparison])
  const [position, setPosition] = useState(0)
  const current = position === 0 ? undefined : ids[position - 1]

  const go = useCallback(
    (step: 1 | -1) => {
      if (ids.length === 0) {
        return
      }
      setPosition(p => {
        const next = p + step
        return next < 1 ? ids.length : next > ids.length ? 1 : next
      })
    },
    [ids.length]
  )

  useEffect(() => {
    if (current !== undefined) {
      document
        .querySelector(`[data-change-id="${current}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    }
  }, [current])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F8') {
        event.preventDefault()
        go(event.shiftKey ? -1 : 1)
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        onClose()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, onClose])

  const exportDocx = useCallback(async () => {
    const name = defaultFileName(newer, '.docx').replace(/\.docx$/u, ' - so sánh.docx')
    const file = await dialogs.pickSave('docx', name)
    if (file === undefined) {
      return
    }
    const written = await compare['export:compareDocx'](file, older, newer)
    if (written.ok) {
      announce('info', `Đã xuất Word có theo dõi thay đổi: ${written.value.path}`)
    } else {
      announce('error', written.error.message)
    }
  }, [announce, compare, dialogs, newer, older])

  return (
    <div className="cmp-view" data-testid="compare-view">
      <CompareBar
        label={label}
        counts={comparison.counts}
        position={position}
        total={ids.length}
        onPrevious={() => go(-1)}
        onNext={() => go(1)}
        onExport={() => void exportDocx()}
        onClose={onClose}
      />
      <div className="cmp-desk">
        <CompareEntries items={items} current={current} />
      </div>
    </div>
  )
}

function numbered(entries: ReturnType<typeof comparePlans>['entries']): NumberedEntry[] {
  let n = 0
  return entries.map(entry => (entry.type === 'same' ? { entry } : { entry, id: `d${++n}` }))
}
