import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Descendant, Editor } from 'slate'
import { numberPlan } from '../../shared/model/numbering'
import type { BasisLine, Plan } from '../../shared/model/types'
import { slateToBody, type Body } from './from-slate'
import { LabelStore } from './label-store'
import { patchBody } from './patch-body'
import type { TopElement } from './slate-types'
import { resetValue } from './structure'
import { planToSlate } from './to-slate'
import { nonEmpty } from './with-plan-rules'

/** Operations that change text only (never numbering). */
const TEXT_OPERATIONS = new Set(['insert_text', 'remove_text', 'set_selection'])

/** The non-body parts numberPlan reads nothing from, for numbering the body alone. */
const EMPTY_FRAME: Plan = {
  header: { agency: [], agencyAbbr: '', place: '', date: {} },
  subject: '',
  bases: [],
  preamble: [],
  sections: [],
  closing: [],
  recipients: [],
  archive: '',
  signature: { lines: [], signer: '' },
  appendices: [],
}

/** What the body editor needs to stay in step with the plan. */
export type BodySync = {
  /** Slate's initial value (the body when the editor was made). */
  readonly initial: Descendant[]
  /** The computed labels (outline and footnote numbers) the elements show. */
  readonly labels: LabelStore
  /** Slate's onChange: rebuilds (or patches) the body and reports it. */
  readonly onChange: () => void
}

/**
 * Keeps the Slate value and the plan body in step both ways: a change in the editor becomes a new
 * body (a text-only change patches one block), and a body that did not come from this editor
 * (undo, redo, library insertion) replaces the value. Labels are renumbered on structural changes.
 */
export function useBodySync(
  editor: Editor,
  value: Body,
  bases: readonly BasisLine[],
  onBodyChange: (body: Body) => void
): BodySync {
  const labels = useMemo(() => new LabelStore(), [])
  const emitted = useRef<Body | undefined>(undefined)
  const initial = useMemo(() => nonEmpty(planToSlate(value) as Descendant[]), []) // eslint-disable-line react-hooks/exhaustive-deps

  const refreshLabels = useCallback(
    (body: Body) => {
      const numbering = numberPlan({ ...EMPTY_FRAME, bases, ...body })
      const all = new Map(numbering.labels)
      numbering.footnotes.forEach((n, id) => all.set(id, String(n)))
      labels.set(all)
    },
    [labels, bases]
  )

  // Footnote numbers count the căn cứ lines first: renumber when they change.
  useEffect(() => {
    refreshLabels(emitted.current ?? value)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the căn cứ lines change
  }, [refreshLabels])

  useEffect(() => {
    const body = emitted.current
    if (
      body &&
      body.preamble === value.preamble &&
      body.sections === value.sections &&
      body.closing === value.closing
    ) {
      return
    }
    if (body) {
      resetValue(editor, nonEmpty(planToSlate(value)))
    }
    emitted.current = value
    refreshLabels(value)
  }, [editor, value, refreshLabels])

  const onChange = useCallback(() => {
    if (!editor.operations.some(op => op.type !== 'set_selection')) {
      return
    }
    // Typing changes text only: patch the one block; anything structural rebuilds the body.
    const structural = editor.operations.some(op => !TEXT_OPERATIONS.has(op.type))
    const touched = new Set(editor.operations.flatMap(op => ('path' in op ? [op.path[0]] : [])))
    const [index] = touched
    const element =
      index === undefined ? undefined : (editor.children[index] as TopElement | undefined)
    const patched =
      !structural && touched.size === 1 && element && emitted.current
        ? patchBody(emitted.current, element)
        : undefined
    const body = patched ?? slateToBody(editor.children as TopElement[]).body
    emitted.current = body
    // Numbers depend on structure only: typing text leaves every label as it was.
    if (structural) {
      refreshLabels(body)
    }
    onBodyChange(body)
  }, [editor, onBodyChange, refreshLabels])

  return { initial, labels, onChange }
}
