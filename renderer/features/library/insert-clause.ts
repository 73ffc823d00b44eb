import { reuseContext } from '../../../shared/library/reuse-context'
import { newId } from '../../../shared/model/ids'
import { createAppendix } from '../../../shared/model/table-presets'
import type { Plan } from '../../../shared/model/types'
import type { Clause } from '../../../shared/library/types'
import { sendEditorCommand } from '../../editor/editor-events'

/** Applies a plan change; `key` groups undo steps. */
export type EditPlan = (change: (plan: Plan) => Plan, key: string) => void

/**
 * Inserts a library clause where it belongs: a paragraph or item subtree at the caret in the
 * body (renumbered by position), a task row into the current appendix table (a new one if the
 * plan has none), a recipient before `Lưu`, a căn cứ line after the others, a heading as a new
 * section before Tổ chức thực hiện.
 */
export function insertClause(
  clause: Clause,
  plan: Plan,
  edit: EditPlan,
  appendixId: string | undefined
): void {
  const reuse = reuseContext(clause.source, plan)
  const { fragment } = clause
  switch (fragment.kind) {
    case 'paragraph':
    case 'item':
      sendEditorCommand({ kind: 'insert-blocks', blocks: [fragment.block], reuse })
      return
    case 'task-row':
      edit(p => {
        const row = { ...fragment.row, id: newId() }
        if (p.appendices.length === 0) {
          return { ...p, appendices: [{ ...createAppendix('papi-001', ''), rows: [row] }] }
        }
        const target =
          p.appendices.find(a => a.id === appendixId) ?? p.appendices[p.appendices.length - 1]
        return {
          ...p,
          appendices: p.appendices.map(a => (a === target ? { ...a, rows: [...a.rows, row] } : a)),
        }
      }, 'library.row')
      return
    case 'recipient':
      edit(
        p => ({ ...p, recipients: [...p.recipients, { id: newId(), text: fragment.text }] }),
        'library.recipient'
      )
      return
    case 'basis':
      edit(
        p => ({ ...p, bases: [...p.bases, { id: newId(), content: fragment.line.content }] }),
        'library.basis'
      )
      return
    case 'section-heading':
      edit(p => {
        const at = p.sections.findIndex(s => s.role === 'organization')
        const section = {
          type: 'section' as const,
          id: newId(),
          role: 'extra' as const,
          title: fragment.text,
          children: [],
        }
        return { ...p, sections: [...p.sections.slice(0, at), section, ...p.sections.slice(at)] }
      }, 'library.section')
  }
}
