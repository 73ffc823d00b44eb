import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportedPlan, OpenedPlan, SampleId } from '../../shared/ipc/contract'
import type { Result } from '../../shared/result'
import { createPlanFromProfile } from '../../shared/model/profile'
import type { Plan } from '../../shared/model/types'
import { api } from '../services/api'
import type { Dialogs } from '../services/dialogs'
import type { MadePlan } from '../features/lineage/lineage-session'
import { documentName, newSessionId, type DocumentState } from './document-state'
import { unsavedQuestion, type Ask } from './dialog/questions'
import { wordFileQuestion, wordFileKind } from './word-file'
import { defaultFileName } from '../../shared/docx/default-file-name'
import {
  EMPTY_HISTORY,
  reduceHistory,
  type HistoryAction,
  type PlanHistory,
} from '../../shared/model/history'

/** How often unsaved work is written to the autosave folder. */
const AUTOSAVE_MS = 3000

/** A message for the clerk: an error, or information such as "đã lưu". */
export type Notice = { readonly kind: 'error' | 'info'; readonly text: string }

/** The open document (none on the start screen) with its undo history. */
type Session = { readonly doc?: DocumentState; readonly history: PlanHistory }

/** The open document and the file commands on it (new, open, save, save as, recover), with autosave. */
export function useDocument(dialogs: Dialogs, ask: Ask) {
  // The document and its undo history change together, in pure state updates (React may run an
  // updater twice; nothing outside the state is touched there).
  const [{ doc }, setState] = useState<Session>({ history: EMPTY_HISTORY })
  const setDoc = useCallback(
    (next: (d: DocumentState | undefined) => DocumentState | undefined) =>
      setState(s => {
        const d = next(s.doc)
        return d === s.doc ? s : { ...s, doc: d }
      }),
    []
  )
  const [notice, setNotice] = useState<Notice | undefined>(undefined)
  /** A Word import waiting for the clerk's review before it opens. */
  const [reviewing, setReviewing] = useState<ImportedPlan | undefined>(undefined)
  /** True while a save is in flight: autosave then waits, so it cannot outlive the save. */
  const saving = useRef(false)
  const docRef = useRef(doc)
  useEffect(() => {
    docRef.current = doc
  }, [doc])

  const saveTo = useCallback(
    async (current: DocumentState, path: string) => {
      saving.current = true
      const saved = await api['plan:save'](path, current.plan).finally(() => {
        saving.current = false
      })
      if (!saved.ok) {
        setNotice({ kind: 'error', text: saved.error.message })
        return false
      }
      void api['autosave:discard'](current.sessionId)
      setDoc(d =>
        d && d.sessionId === current.sessionId
          ? { ...d, path: saved.value.path, dirty: d.plan !== current.plan }
          : d
      )
      setNotice({ kind: 'info', text: `Đã lưu “${saved.value.path.split(/[\\/]/).pop() ?? ''}”.` })
      return true
    },
    [setDoc]
  )

  const saveAs = useCallback(async () => {
    const current = docRef.current
    if (!current) {
      return false
    }
    const path = await dialogs.pickSave('plan', defaultFileName(current.plan, '.kehoach'))
    return path ? saveTo(current, path) : false
  }, [dialogs, saveTo])

  const save = useCallback(async () => {
    const current = docRef.current
    if (!current) {
      return false
    }
    return current.path ? saveTo(current, current.path) : saveAs()
  }, [saveAs, saveTo])

  /**
   * Whether the open plan may be closed or replaced. With unsaved changes the clerk answers
   * "Lưu" (saved first; a cancelled or failed save keeps the plan open), "Không lưu" (the work is
   * dropped, not kept for recovery) or "Hủy" (nothing happens).
   */
  const canDiscard = useCallback(async () => {
    const current = docRef.current
    if (!current?.dirty) {
      return true
    }
    const answer = await ask(unsavedQuestion(current.path ? documentName(current) : undefined))
    if (answer === 'cancel') {
      return false
    }
    if (answer === 'save') {
      return save()
    }
    void api['autosave:discard'](current.sessionId)
    return true
  }, [ask, save])

  const load = useCallback((opened: Result<OpenedPlan>, dirty: boolean) => {
    if (!opened.ok) {
      setNotice({ kind: 'error', text: opened.error.message })
      return
    }
    const { plan, path, repairs } = opened.value
    const previous = docRef.current
    if (previous && !previous.dirty) {
      void api['autosave:discard'](previous.sessionId)
    }
    // A repaired plan differs from its file: it needs saving to keep the repairs.
    const changed = dirty || repairs.length > 0
    setState({
      doc: { plan, ...(path ? { path } : {}), dirty: changed, sessionId: newSessionId(), repairs },
      history: EMPTY_HISTORY,
    })
    setNotice(undefined)
  }, [])

  const newPlan = useCallback(async () => {
    if (await canDiscard()) {
      const plan = createPlanFromProfile(await api['profile:get'](), new Date().getFullYear())
      load({ ok: true, value: { path: '', plan, repairs: [] } }, false)
    }
  }, [canDiscard, load])

  /** Reads a Word, .doc or PDF file; the plan opens from the import review that follows. */
  const importPath = useCallback(async (path: string) => {
    setNotice({ kind: 'info', text: 'Đang nhập tệp Word/PDF…' })
    const imported = await api['import:docx'](path)
    if (!imported.ok) {
      setNotice({ kind: 'error', text: imported.error.message })
      return
    }
    setNotice(undefined)
    setReviewing(imported.value)
  }, [])

  /** Opens a plan file; a Word or PDF file is offered to the Word import instead. */
  const openFile = useCallback(
    async (path: string) => {
      const word = wordFileKind(path)
      if (!word) {
        load(await api['plan:open'](path), false)
      } else if ((await ask(wordFileQuestion(word))) === 'import') {
        await importPath(path)
      }
    },
    [ask, importPath, load]
  )

  const openPath = useCallback(
    async (path: string) => {
      if (await canDiscard()) {
        await openFile(path)
      }
    },
    [canDiscard, openFile]
  )

  const open = useCallback(async () => {
    if (!(await canDiscard())) {
      return
    }
    const path = await dialogs.pickOpen('plan')
    if (path) {
      await openFile(path)
    }
  }, [canDiscard, dialogs, openFile])

  const openSample = useCallback(
    async (id: SampleId) => {
      if (await canDiscard()) {
        load(await api['samples:open'](id), false)
      }
    },
    [canDiscard, load]
  )

  const importWord = useCallback(async () => {
    if (!(await canDiscard())) {
      return
    }
    const path = await dialogs.pickOpen('docx')
    if (path) {
      await importPath(path)
    }
  }, [canDiscard, dialogs, importPath])

  /** Opens the plan the clerk checked in the import review (roles given there included). */
  const openImported = useCallback(
    (plan: Plan) => {
      const report = reviewing?.report
      setReviewing(undefined)
      if (!report) {
        return
      }
      load({ ok: true, value: { path: '', plan, repairs: [] } }, true)
      setDoc(d => (d ? { ...d, importNotes: report.notes } : d))
      setNotice({
        kind: 'info',
        text: `Đã nhập từ Word: ${plan.sections.length} mục, ${report.items} đề mục, ${plan.appendices.length} phụ lục, ${report.footnotes} chú thích${report.legacyRuns > 0 ? `, ${report.legacyRuns} đoạn chữ TCVN3/VNI đã chuyển sang Unicode` : ''}. Hãy lưu thành tệp kế hoạch.`,
      })
    },
    [load, reviewing, setDoc]
  )
  const cancelImport = useCallback(() => setReviewing(undefined), [])

  /** Opens a plan made by carry-forward or derive as a new unsaved plan, with its review. */
  const openMade = useCallback(
    async (made: MadePlan) => {
      if (!(await canDiscard())) {
        return false
      }
      load({ ok: true, value: { path: '', plan: made.plan, repairs: [] } }, true)
      setDoc(d => (d ? { ...d, lineage: made.session } : d))
      return true
    },
    [canDiscard, load, setDoc]
  )
  /** Marks changes of the review as kept (Giữ) or places as checked (Đã xem). */
  const keepChanges = useCallback(
    (ids: readonly string[]) =>
      setDoc(d =>
        d?.lineage
          ? { ...d, lineage: { ...d.lineage, kept: new Set([...d.lineage.kept, ...ids]) } }
          : d
      ),
    [setDoc]
  )
  /** Opens a plan (an earlier version) as a new unsaved plan with its own title. */
  const openCopy = useCallback(
    async (plan: Plan, title: string) => {
      if (await canDiscard()) {
        load({ ok: true, value: { path: '', plan, repairs: [] } }, true)
        setDoc(d => (d ? { ...d, title } : d))
      }
    },
    [canDiscard, load, setDoc]
  )

  const recover = useCallback(
    async (id: string) => {
      const opened = await api['autosave:read'](id)
      load(opened, true)
      if (opened.ok) {
        void api['autosave:discard'](id)
      }
    },
    [load]
  )

  /** Runs the history reducer on the open plan; any change marks the document dirty. */
  const dispatch = useCallback((action: HistoryAction) => {
    setState(s => {
      if (!s.doc) {
        return s
      }
      const next = reduceHistory({ plan: s.doc.plan, history: s.history }, action)
      if (next.plan === s.doc.plan && next.history === s.history) {
        return s
      }
      return { doc: { ...s.doc, plan: next.plan, dirty: true }, history: next.history }
    })
  }, [])
  /** Applies an edit; edits with the same `key` in quick succession undo as one step. */
  const update = useCallback(
    (change: (plan: Plan) => Plan, key: string) =>
      dispatch({ type: 'edit', change, key, now: Date.now() }),
    [dispatch]
  )
  const undo = useCallback(() => dispatch({ type: 'undo' }), [dispatch])
  const redo = useCallback(() => dispatch({ type: 'redo' }), [dispatch])

  const close = useCallback(async () => {
    const current = docRef.current
    if (current && (await canDiscard())) {
      void api['autosave:discard'](current.sessionId)
      setState({ history: EMPTY_HISTORY })
    }
  }, [canDiscard])

  /** True while the close-window question is shown: a second click on ✕ asks nothing more. */
  const closing = useRef(false)
  /** The window's close button with unsaved changes (Electron): asks, then closes the window. */
  const closeWindow = useCallback(async () => {
    if (closing.current) {
      return
    }
    closing.current = true
    try {
      if (await canDiscard()) {
        await api['window:close']()
      }
    } finally {
      closing.current = false
    }
  }, [canDiscard])

  useAutosave(doc, saving)

  return {
    doc,
    notice,
    setNotice,
    newPlan,
    open,
    openPath,
    openSample,
    importWord,
    reviewing,
    openImported,
    cancelImport,
    openMade,
    keepChanges,
    openCopy,
    save,
    saveAs,
    recover,
    update,
    undo,
    redo,
    close,
    closeWindow,
  }
}

function useAutosave(doc: DocumentState | undefined, saving: { readonly current: boolean }): void {
  const latest = useRef(doc)
  useEffect(() => {
    latest.current = doc
  }, [doc])
  useEffect(() => {
    const timer = window.setInterval(() => {
      const current = latest.current
      if (current?.dirty && !saving.current) {
        void api['autosave:write'](
          current.sessionId,
          current.path ? { path: current.path } : {},
          current.plan
        )
      }
    }, AUTOSAVE_MS)
    return () => window.clearInterval(timer)
  }, [saving])
}
