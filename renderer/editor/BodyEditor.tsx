import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import {
  createEditor,
  Editor,
  Node,
  Range,
  Transforms,
  type Descendant,
  type NodeEntry,
} from 'slate'
import {
  Editable,
  ReactEditor,
  Slate,
  withReact,
  type RenderChunkProps,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react'
import { numberPlan } from '../../shared/model/numbering'
import type { BasisLine, Plan } from '../../shared/model/types'
import { slateToBody, type Body } from './from-slate'
import { patchBody } from './patch-body'
import {
  onEditorCommand,
  scrollToBlock,
  sendEditorCommand,
  type EditorCommand,
} from './editor-events'
import { FindBar, type FindDecoration } from './FindBar'
import { FootnotePanel } from './FootnotePanel'
import { insertFootnote } from './footnotes'
import { addExtraSection, removeExtraSection } from './extra-sections'
import { captureBlock, insertBlocks } from './insert-blocks'
import { locateHints, ReusePanel, type ReuseWatch } from './ReusePanel'
import { handleStructureKey } from './keys'
import { resetValue, subtreeEnd } from './structure'
import { LabelStore, useLabel } from './label-store'
import { keepNearChunksDrawn } from './near-chunks'
import { allTextBold } from '../../shared/model/title-item'
import type { TopElement } from './slate-types'
import { planToSlate } from './to-slate'
import { nonEmpty, withPlanRules } from './with-plan-rules'
import './editor.css'

/** Props of the body editor. */
export type BodyEditorProps = {
  /** The body parts of the plan (memoised by the caller so header edits do not re-render the body). */
  readonly body: Body
  /** Căn cứ lines come before the body in footnote numbering. */
  readonly bases: readonly BasisLine[]
  /** Called with the rebuilt body after every content change. */
  readonly onBodyChange: (body: Body) => void
  /** Undo/redo live at plan level (they cover header fields too). */
  readonly onUndo: () => void
  readonly onRedo: () => void
}

/**
 * The Slate editor of the plan body (preamble, sections, closing), laid out as printed. Numbering
 * is computed from the structure and shown with CSS, never stored or typed.
 */
export const BodyEditor = memo(function BodyEditor({
  body: value,
  bases,
  onBodyChange,
  onUndo,
  onRedo,
}: BodyEditorProps) {
  const editor = useMemo(() => {
    const e = withPlanRules(withReact(createEditor()))
    // Render the ~1,000 top-level blocks of a big plan in chunks: a keystroke re-renders one chunk.
    e.getChunkSize = node => (Editor.isEditor(node) ? CHUNK_SIZE : null)
    return e
  }, [])
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

  // A plan that did not come from this editor (undo, redo, library insertion) replaces the value.
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

  useEffect(() => keepNearChunksDrawn(), [])

  const [findOpen, setFindOpen] = useState(false)
  const [footnote, setFootnote] = useState<string | undefined>(undefined)
  const [findDecorate, setFindDecorate] = useState<
    ((entry: NodeEntry) => FindDecoration[]) | undefined
  >(undefined)
  const onDecorate = useCallback(
    (next: ((entry: NodeEntry) => FindDecoration[]) | undefined) => setFindDecorate(() => next),
    []
  )
  const [reuse, setReuse] = useState<ReuseWatch | undefined>(undefined)
  const decorate = useMemo(
    () => combineDecorations(editor, findDecorate, reuse),
    [editor, findDecorate, reuse]
  )
  useEffect(
    () =>
      onEditorCommand(command => {
        if (command.kind === 'find') {
          setFindOpen(true)
        } else if (command.kind === 'insert-blocks') {
          const ids = insertBlocks(editor, command.blocks)
          ReactEditor.focus(editor)
          setReuse({ ids: new Set(ids), context: command.reuse })
        } else if (command.kind === 'add-section') {
          addExtraSection(editor)
          ReactEditor.focus(editor)
        } else if (command.kind === 'remove-section') {
          removeExtraSection(editor, command.id)
        } else if (command.kind === 'capture') {
          command.reply(captureBlock(editor))
        } else {
          runCommand(editor, command)
        }
      }),
    [editor]
  )

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

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && (key === 'z' || key === 'y')) {
        event.preventDefault()
        if (key === 'y' || event.shiftKey) {
          onRedo()
        } else {
          onUndo()
        }
        return
      }
      if (mod || event.altKey || event.key === 'Tab') {
        syncSelection(editor)
      }
      // Ctrl+Home/End: the browser cannot reach text in an off-screen (skipped) chunk itself.
      if (mod && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
        event.preventDefault()
        const edge = event.key === 'Home' ? Editor.start(editor, []) : Editor.end(editor, [])
        const anchor = event.shiftKey && editor.selection ? editor.selection.anchor : edge
        Transforms.select(editor, { anchor, focus: edge })
        return
      }
      if (mod && event.altKey && key === 'f') {
        event.preventDefault()
        setFootnote(insertFootnote(editor))
        return
      }
      if (handleStructureKey(editor, event)) {
        event.preventDefault()
      }
    },
    [editor, onRedo, onUndo]
  )

  const renderElement = useCallback(
    (props: RenderElementProps) => (
      <ElementView {...props} labels={labels} onFootnote={setFootnote} />
    ),
    [labels]
  )
  const renderLeaf = useCallback((props: RenderLeafProps) => <Leaf {...props} />, [])

  return (
    <Slate editor={editor} initialValue={initial} onChange={onChange}>
      {findOpen && (
        <FindBar
          onDecorate={onDecorate}
          onClose={() => {
            setFindOpen(false)
            ReactEditor.focus(editor)
          }}
        />
      )}
      <EditableSurface
        decorate={decorate}
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        onKeyDown={onKeyDown}
      />
      {reuse && <ReusePanel watch={reuse} onClose={() => setReuse(undefined)} />}
      {footnote && (
        <FootnotePanel
          id={footnote}
          number={labels.get(footnote)}
          onClose={() => setFootnote(undefined)}
        />
      )}
    </Slate>
  )
})

/**
 * The editable surface, memoised: when the plan above re-renders (after this editor's own change)
 * Slate's 1,000 elements are not reconciled again; Slate re-renders what changed by itself.
 */
const EditableSurface = memo(function EditableSurface(props: {
  decorate: ((entry: NodeEntry) => Range[]) | undefined
  renderElement: (props: RenderElementProps) => React.JSX.Element
  renderLeaf: (props: RenderLeafProps) => React.JSX.Element
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
}) {
  return (
    <Editable
      {...(props.decorate ? { decorate: props.decorate } : {})}
      className="ed-body"
      data-testid="body-editor"
      renderElement={props.renderElement}
      renderLeaf={props.renderLeaf}
      renderChunk={renderChunk}
      onKeyDown={props.onKeyDown}
      spellCheck={false}
      lang="vi"
    />
  )
})

/**
 * Each lowest chunk of ~100 blocks gets a wrapper that the browser skips (layout, paint, hit
 * testing) while it is off screen (`content-visibility: auto`, editor.css): a keystroke then lays
 * out the chunk being typed in, not the whole plan.
 */
function renderChunk({ attributes, children, lowest }: RenderChunkProps): React.JSX.Element {
  return lowest ? (
    <div {...attributes} className="ed-chunk">
      {children}
    </div>
  ) : (
    <>{children}</>
  )
}

/**
 * Slate reads the browser's selection up to 100 ms late (a throttled selectionchange): a command
 * key pressed right after Shift+Home must act on the selection the clerk sees, not the last one.
 */
function syncSelection(editor: ReactEditor): void {
  const dom = window.getSelection()
  if (!dom || dom.rangeCount === 0 || ReactEditor.isComposing(editor)) {
    return
  }
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) {
    Transforms.select(editor, range)
  }
}

/** Operations that change text only (never numbering). */
const TEXT_OPERATIONS = new Set(['insert_text', 'remove_text', 'set_selection'])

/** Top-level blocks per render chunk (slate-react chunking). */
const CHUNK_SIZE = 100

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

function ElementView({
  attributes,
  children,
  element,
  labels,
  onFootnote,
}: RenderElementProps & { labels: LabelStore; onFootnote: (id: string) => void }) {
  switch (element.type) {
    case 'section':
      return (
        <SectionHeading
          attributes={attributes}
          id={element.id}
          labels={labels}
          extra={element.role === 'extra'}
          empty={Node.string(element) === ''}
        >
          {children}
        </SectionHeading>
      )
    case 'block':
      return (
        <BlockLine
          attributes={attributes}
          id={element.id}
          labels={labels}
          heading={element.heading === true}
          boldText={element.style !== 'paragraph' && allTextBold(element.children)}
          depth={element.depth}
          style={element.style}
        >
          {children}
        </BlockLine>
      )
    case 'closing':
      return (
        <p
          {...attributes}
          className="pg-body ed-closing"
          data-block-id={element.id}
          data-empty={Node.string(element) === '' ? 'true' : undefined}
        >
          {children}
        </p>
      )
    case 'footnote':
      return (
        <FootnoteRef
          attributes={attributes}
          id={element.id}
          labels={labels}
          title={element.content.map(r => r.text).join('')}
          onOpen={onFootnote}
        >
          {children}
        </FootnoteRef>
      )
  }
}

function indexOf(editor: Editor, id: string): number {
  return (editor.children as TopElement[]).findIndex(el => el.id === id)
}

/** Find highlights plus the reuse hints of just-inserted clauses, as one decorate function. */
function combineDecorations(
  editor: Editor,
  find: ((entry: NodeEntry) => FindDecoration[]) | undefined,
  reuse: ReuseWatch | undefined
): ((entry: NodeEntry) => (FindDecoration | ReuseDecoration)[]) | undefined {
  if (!find && !reuse) {
    return undefined
  }
  const byLeaf = new Map<string, ReuseDecoration[]>()
  for (const { range, hint } of reuse ? locateHints(editor, reuse) : []) {
    const key = range.anchor.path.join('.')
    byLeaf.set(key, [...(byLeaf.get(key) ?? []), { ...range, reuseHint: hint.reason }])
  }
  return entry => [...(find ? find(entry) : []), ...(byLeaf.get(entry[1].join('.')) ?? [])]
}

/** A reused year or level word that may need fixing. */
type ReuseDecoration = Range & { readonly reuseHint: string }

function runCommand(
  editor: Editor,
  command: Extract<EditorCommand, { kind: 'focus' | 'move' }>
): void {
  const index = indexOf(editor, command.id)
  if (index < 0) {
    scrollToBlock(command.id)
    return
  }
  if (command.kind === 'focus') {
    Transforms.select(editor, Editor.start(editor, [index]))
    ReactEditor.focus(editor)
    scrollToBlock(command.id)
    return
  }
  const target = indexOf(editor, command.beforeId)
  const element = editor.children[index] as TopElement
  const destination = editor.children[target] as TopElement | undefined
  if (target < 0 || element.type !== 'block' || destination?.type !== 'block') {
    return
  }
  const end = subtreeEnd(editor, index)
  if (target > index && target < end) {
    return
  }
  const shift = destination.depth - element.depth
  Editor.withoutNormalizing(editor, () => {
    for (let i = 0; i < end - index; i += 1) {
      const from = target > index ? index : index + i
      const to = target > index ? target - 1 : target + i
      const moving = editor.children[from] as TopElement
      if (moving.type === 'block') {
        Transforms.setNodes(editor, { depth: Math.max(0, moving.depth + shift) }, { at: [from] })
      }
      Transforms.moveNodes(editor, { at: [from], to: [to] })
    }
  })
}

function FootnoteRef(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  title: string
  onOpen: (id: string) => void
  children: React.ReactNode
}) {
  const number = useLabel(props.labels, props.id)
  return (
    <span
      {...props.attributes}
      className="ed-footnote"
      contentEditable={false}
      title={props.title}
      data-footnote-id={props.id}
      data-testid="footnote-ref"
      onClick={() => props.onOpen(props.id)}
    >
      <sup className="pg-footnote-ref">{number}</sup>
      {props.children}
    </span>
  )
}

function SectionHeading(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  extra: boolean
  empty: boolean
  children: React.ReactNode
}) {
  const label = useLabel(props.labels, props.id)
  return (
    <h2
      {...props.attributes}
      className="pg-section__heading ed-section"
      data-block-id={props.id}
      data-label={label ?? ''}
      data-empty={props.empty ? 'true' : undefined}
      data-testid="section-heading"
    >
      {props.children}
      {props.extra && (
        <span contentEditable={false} className="ed-section-tools">
          <button
            type="button"
            title="Xóa mục này (nội dung chuyển lên mục trên)"
            data-testid="section-remove"
            onMouseDown={event => {
              event.preventDefault()
              sendEditorCommand({ kind: 'remove-section', id: props.id })
            }}
          >
            ✕ xóa mục
          </button>
        </span>
      )}
    </h2>
  )
}

function BlockLine(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  heading: boolean
  /** All its text is bold: the clerk made it a title, so its number is bold too. */
  boldText: boolean
  depth: number
  style: string
  children: React.ReactNode
}) {
  const label = useLabel(props.labels, props.id)
  return (
    <p
      {...props.attributes}
      className={`pg-body ed-block ed-depth-${Math.min(props.depth, 5)}${props.heading ? ' pg-body--heading' : ''}${props.boldText ? ' ed-block--title' : ''}`}
      data-block-id={props.id}
      data-style={props.style}
      data-depth={props.depth}
      data-label={label ?? ''}
    >
      {props.children}
    </p>
  )
}

function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  const found = leaf as RenderLeafProps['leaf'] & {
    findMatch?: boolean
    current?: boolean
    reuseHint?: string
  }
  let out = children as React.ReactNode
  if (found.reuseHint) {
    out = (
      <span className="ed-reuse" title={found.reuseHint}>
        {out}
      </span>
    )
  }
  if (found.findMatch) {
    out = <mark className={found.current ? 'ed-found ed-found--current' : 'ed-found'}>{out}</mark>
  }
  if (leaf.bold) {
    out = <strong>{out}</strong>
  }
  if (leaf.italic) {
    out = <em>{out}</em>
  }
  return <span {...attributes}>{out}</span>
}
