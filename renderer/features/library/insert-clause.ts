import { reuseContext } from '../../../shared/library/reuse-context'
import type { Clause } from '../../../shared/library/types'
import { newId } from '../../../shared/model/ids'
import {
  appendBasis,
  appendRecipient,
  appendTaskRow,
  insertExtraSection,
} from '../../../shared/model/insert'
import type { Workspace } from '../../workspace/workspace'

/**
 * Inserts a library clause where it belongs: a paragraph or item subtree at the caret in the
 * body (through the editor, renumbered by position), a task row into the appendix the clerk last
 * worked in (a new one if the plan has none), a recipient before `Lưu`, a căn cứ line after the
 * others, a heading as a new section before Tổ chức thực hiện (shared/model/insert).
 */
export function insertClause(
  clause: Clause,
  { document: store, commands }: Pick<Workspace, 'document' | 'commands'>
): void {
  const plan = store.current()
  if (!plan) {
    return
  }
  const { fragment } = clause
  switch (fragment.kind) {
    case 'paragraph':
    case 'item':
      commands.run('editor.insertBlocks', [fragment.block], reuseContext(clause.source, plan))
      return
    case 'task-row': {
      const appendixId = store.activeAppendix()
      const row = { ...fragment.row, id: newId() }
      store.edit(p => appendTaskRow(p, row, appendixId), 'library.row')
      return
    }
    case 'recipient':
      store.edit(p => appendRecipient(p, { id: newId(), text: fragment.text }), 'library.recipient')
      return
    case 'basis':
      store.edit(
        p => appendBasis(p, { id: newId(), content: fragment.line.content }),
        'library.basis'
      )
      return
    case 'section-heading':
      store.edit(p => insertExtraSection(p, newId(), fragment.text), 'library.section')
  }
}
