import { Editor, Node, Text, Transforms, type Path, type Range } from 'slate'
import { useSlate } from 'slate-react'
import { reuseHints, type ReuseContext, type ReuseHint } from '../../shared/text/reuse-hints'
import type { TopElement } from './slate-types'

/** Reused text just inserted, to be checked against the current plan. */
export type ReuseWatch = { readonly ids: ReadonlySet<string>; readonly context: ReuseContext }

/** A hint located in the editor. */
export type LocatedHint = { readonly range: Range; readonly hint: ReuseHint }

/** Every hint in the watched blocks, in document order. */
export function locateHints(editor: Editor, watch: ReuseWatch): LocatedHint[] {
  const out: LocatedHint[] = []
  ;(editor.children as TopElement[]).forEach((el, index) => {
    if (!watch.ids.has(el.id)) {
      return
    }
    for (const [node, path] of Node.descendants(el)) {
      if (Text.isText(node)) {
        const full: Path = [index, ...path]
        for (const hint of reuseHints(node.text, watch.context)) {
          out.push({
            hint,
            range: {
              anchor: { path: full, offset: hint.start },
              focus: { path: full, offset: hint.end },
            },
          })
        }
      }
    }
  })
  return out
}

/**
 * After a library insertion: years and level words of the source plan that may not fit this
 * plan, each with a one-click fix (`2023 → 2024`, `huyện → xã`).
 */
export function ReusePanel({ watch, onClose }: { watch: ReuseWatch; onClose: () => void }) {
  const editor = useSlate()
  const hints = locateHints(editor, watch)
  if (hints.length === 0) {
    return null
  }
  const apply = (items: readonly LocatedHint[]) => {
    Editor.withoutNormalizing(editor, () => {
      for (const { range, hint } of [...items].reverse()) {
        Transforms.insertText(editor, hint.suggestion, { at: range })
      }
    })
  }
  return (
    <div className="reuse-panel" role="status" data-testid="reuse-panel">
      <strong>Đoạn vừa chèn có {hints.length} chỗ có thể cần sửa cho kế hoạch này:</strong>
      <ul>
        {hints.map(({ range, hint }, i) => (
          <li key={`${range.anchor.path.join('.')}-${hint.start}-${i}`}>
            <button
              type="button"
              data-testid="reuse-fix"
              onClick={() => apply([{ range, hint }])}
              title={hint.reason}
            >
              {hint.found} → {hint.suggestion}
            </button>{' '}
            <span className="muted">{hint.reason}</span>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" data-testid="reuse-fix-all" onClick={() => apply(hints)}>
          Sửa tất cả
        </button>
        <button type="button" onClick={onClose}>
          Bỏ qua
        </button>
      </div>
    </div>
  )
}
