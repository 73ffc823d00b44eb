import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react'
import {
  createAppendix,
  TABLE_PRESETS,
  type TablePresetName,
} from '../../../shared/model/table-presets'
import type { Plan } from '../../../shared/model/types'
import { BodyEditor } from '../../editor/BodyEditor'
import { useWorkspace } from '../../workspace/workspace'
import type { Body } from '../../editor/from-slate'
import { FootnoteList } from '../page/FootnoteList'
import { NumberingContext } from '../page/page-context'
import { numberPlan } from '../../../shared/model/numbering'
import { Sheet } from '../page/Sheet'
import '../page/page.css'
import { planSource } from '../../../shared/library/harvest-plan'
import { AppendixEditor, type EditAppendix } from './AppendixEditor'
import { LibrarySourceContext } from './library-source'
import './plan-editor.css'
import { HeaderFields } from './HeaderFields'
import { SignoffFields } from './SignoffFields'
import { TitleFields } from './TitleFields'

/** The footnote list under the body; memoised so typing (with the old deferred plan) skips it. */
const Footnotes = memo(FootnoteList)

/** Props of the editable page. */
export type EditablePlanProps = {
  readonly plan: Plan
}

/**
 * The plan edited as it will print: header, title and căn cứ fields, the Slate body, Nơi nhận and
 * signature fields, then each appendix on its own landscape sheet.
 */
export function EditablePlan({ plan }: EditablePlanProps) {
  const { document: store, commands, confirm } = useWorkspace()
  const { edit: onEdit, undo: onUndo, redo: onRedo } = store
  const patch = useCallback(
    (key: string, value: Partial<Plan>) => onEdit(p => ({ ...p, ...value }), key),
    [onEdit]
  )
  // Synchronous on purpose: a deferred plan update would let an older plan reach the body editor,
  // which would take it for an outside change (undo) and reset the text. Memoised fields and
  // deferred side panes keep this update cheap.
  const onBodyChange = useCallback(
    (body: Body) => onEdit(p => ({ ...p, ...body }), 'body'),
    [onEdit]
  )
  const editAppendix = useCallback<EditAppendix>(
    (id, key, change) =>
      onEdit(p => {
        const appendices = p.appendices.map(a => (a.id === id ? change(a) : a))
        // A change that changed nothing (a row moved past the end) is no edit and no undo step.
        return appendices.every((a, i) => a === p.appendices[i]) ? p : { ...p, appendices }
      }, `${id}.${key}`),
    [onEdit]
  )
  const removeAppendix = useCallback(
    (id: string) => {
      void confirm('Xóa phụ lục này cùng toàn bộ bảng nhiệm vụ?').then(yes => {
        if (yes) {
          onEdit(
            p => ({ ...p, appendices: p.appendices.filter(a => a.id !== id) }),
            'appendix.remove'
          )
        }
      })
    },
    [confirm, onEdit]
  )
  const setHeader = useCallback(
    (key: string, header: Plan['header']) => patch(`header.${key}`, { header }),
    [patch]
  )
  const footnotePlan = useDeferredValue(plan)
  // The footnote texts under the page need the footnotes' numbers, as in the read-only page.
  const footnoteNumbering = useMemo(() => numberPlan(footnotePlan), [footnotePlan])
  const body = useMemo(
    () => ({ preamble: plan.preamble, sections: plan.sections, closing: plan.closing }),
    [plan.preamble, plan.sections, plan.closing]
  )
  const [preset, setPreset] = useState<TablePresetName>('papi-001')
  const source = useMemo(() => planSource(plan), [plan.header, plan.subject]) // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <LibrarySourceContext.Provider value={source}>
      <div className="pg-desk ed-desk" data-testid="plan-page">
        <Sheet testId="page">
          <HeaderFields header={plan.header} onChange={setHeader} />
          <TitleFields subject={plan.subject} bases={plan.bases} onChange={patch} />
          <BodyEditor
            body={body}
            bases={plan.bases}
            onBodyChange={onBodyChange}
            onUndo={onUndo}
            onRedo={onRedo}
          />
          <div className="ed-noprint ed-add-section">
            <button
              type="button"
              className="ed-chip"
              data-testid="add-section"
              onClick={() => commands.run('editor.addSection')}
            >
              + Thêm mục (trước “Tổ chức thực hiện”)
            </button>
          </div>
          <SignoffFields
            recipients={plan.recipients}
            archive={plan.archive}
            signature={plan.signature}
            onChange={patch}
          />
          <NumberingContext.Provider value={footnoteNumbering}>
            <Footnotes plan={footnotePlan} />
          </NumberingContext.Provider>
        </Sheet>
        {plan.appendices.map((appendix, i) => (
          <AppendixEditor
            key={appendix.id}
            appendix={appendix}
            index={i}
            count={plan.appendices.length}
            header={plan.header}
            edit={editAppendix}
            onRemove={removeAppendix}
            onActive={store.setActiveAppendix}
          />
        ))}
        <div className="ed-add-appendix ed-noprint">
          <select
            aria-label="Mẫu bảng phụ lục"
            value={preset}
            onChange={e => setPreset(e.target.value as TablePresetName)}
          >
            {(Object.keys(TABLE_PRESETS) as TablePresetName[]).map(name => (
              <option key={name} value={name}>
                {TABLE_PRESETS[name].label}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="add-appendix"
            onClick={() =>
              onEdit(
                p => ({ ...p, appendices: [...p.appendices, createAppendix(preset, '')] }),
                'appendix.add'
              )
            }
          >
            + Thêm phụ lục
          </button>
        </div>
      </div>
    </LibrarySourceContext.Provider>
  )
}
