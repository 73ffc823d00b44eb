import { newId } from '../../../shared/model/ids'
import {
  appendBasis,
  appendRecipient,
  appendTaskRow,
  insertExtraSection,
} from '../../../shared/model/insert'
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
  const reuse = {
    ...(clause.source.year !== undefined ? { sourceYear: clause.source.year } : {}),
    ...(plan.header.date.year !== undefined ? { targetYear: plan.header.date.year } : {}),
    ...(clause.source.level ? { sourceLevel: clause.source.level } : {}),
    ...(plan.header.level ? { targetLevel: plan.header.level } : {}),
  }
  const { fragment } = clause
  switch (fragment.kind) {
    case 'paragraph':
    case 'item':
      sendEditorCommand({ kind: 'insert-blocks', blocks: [fragment.block], reuse })
      return
    case 'task-row':
      edit(p => appendTaskRow(p, { ...fragment.row, id: newId() }, appendixId), 'library.row')
      return
    case 'recipient':
      edit(p => appendRecipient(p, { id: newId(), text: fragment.text }), 'library.recipient')
      return
    case 'basis':
      edit(p => appendBasis(p, { id: newId(), content: fragment.line.content }), 'library.basis')
      return
    case 'section-heading':
      edit(p => insertExtraSection(p, newId(), fragment.text), 'library.section')
  }
}
