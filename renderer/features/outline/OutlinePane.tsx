import { memo, useDeferredValue, useMemo, useState } from 'react'
import { numberPlan } from '../../../shared/model/numbering'
import type { Block, Plan } from '../../../shared/model/types'
import { runsText } from '../../../shared/text/runs'
import { useWorkspace } from '../../workspace/workspace'

/** One line of the outline. */
type Entry = {
  readonly id: string
  readonly label: string
  readonly text: string
  readonly depth: number
  readonly draggable: boolean
}

const MAX_TEXT = 70

/**
 * The plan's tree: sections and numbered items with their computed labels. A click moves the
 * caret there; dragging an item drops it (with its sub-items) before another item.
 */
export function OutlinePane({ plan }: { plan: Plan }) {
  // Typing re-renders this pane with the previous plan (memo hit); the new one renders when idle.
  return <OutlineTree plan={useDeferredValue(plan)} />
}

const OutlineTree = memo(function OutlineTree({ plan }: { plan: Plan }) {
  const entries = useMemo(() => outlineEntries(plan), [plan])
  const [dragging, setDragging] = useState<string | undefined>(undefined)
  const { commands } = useWorkspace()
  return (
    <nav className="outline" aria-label="Dàn ý" data-testid="outline">
      <h2>Dàn ý</h2>
      <ul>
        {entries.map(entry => (
          <li
            key={entry.id}
            style={{ paddingLeft: `${entry.depth * 12}px` }}
            draggable={entry.draggable}
            data-outline-id={entry.id}
            onDragStart={() => setDragging(entry.id)}
            onDragEnd={() => setDragging(undefined)}
            onDragOver={event => {
              if (dragging && entry.draggable && dragging !== entry.id) {
                event.preventDefault()
              }
            }}
            onDrop={event => {
              event.preventDefault()
              if (dragging && dragging !== entry.id) {
                commands.run('editor.move', dragging, entry.id)
              }
              setDragging(undefined)
            }}
          >
            <button
              className="link"
              onClick={() => commands.run('editor.focus', entry.id)}
              title={entry.text}
            >
              <span className="outline-label">{entry.label}</span> {entry.text}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
})

/** The outline lines of a plan: sections, then items (paragraphs are left out). */
function outlineEntries(plan: Plan): Entry[] {
  const { labels } = numberPlan(plan)
  const out: Entry[] = []
  const walk = (blocks: readonly Block[], depth: number) => {
    for (const block of blocks) {
      if (block.type === 'item' && (block.style === 'decimal' || block.style === 'letter')) {
        out.push({
          id: block.id,
          label: labels.get(block.id) ?? '',
          text: clip(runsText(block.content)),
          depth,
          draggable: true,
        })
        walk(block.children, depth + 1)
      }
    }
  }
  for (const section of plan.sections) {
    out.push({
      id: section.id,
      label: labels.get(section.id) ?? '',
      text: clip(section.title),
      depth: 0,
      draggable: false,
    })
    walk(section.children, 1)
  }
  plan.appendices.forEach((appendix, i) => {
    out.push({
      id: appendix.id,
      label: plan.appendices.length > 1 ? `Phụ lục ${i + 1}:` : 'Phụ lục:',
      text: clip(appendix.title),
      depth: 0,
      draggable: false,
    })
  })
  return out
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}
