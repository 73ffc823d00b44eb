import fc from 'fast-check'
import { createEditor, Editor, Transforms, type Descendant } from 'slate'
import { withReact } from 'slate-react'
import { describe, expect, it } from 'vitest'
import { slateToBody } from '../../../renderer/editor/from-slate'
import { handleStructureKey } from '../../../renderer/editor/keys'
import { pasteRunLines } from '../../../renderer/editor/paste'
import { textToLines } from '../../../renderer/editor/paste-html'
import type { TopElement } from '../../../renderer/editor/slate-types'
import { planToSlate } from '../../../renderer/editor/to-slate'
import { withPlanRules } from '../../../renderer/editor/with-plan-rules'
import { createPlan } from '../../../shared/model/create-plan'
import { restorePlan } from '../../../shared/model/restore'

type Edit =
  | { kind: 'select'; block: number; offset: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'type'; text: string }
  | { kind: 'enter' }
  | { kind: 'tab'; shift: boolean }
  | { kind: 'move'; up: boolean }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'paste'; text: string }
  | { kind: 'undo' }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('select' as const), block: fc.nat(40), offset: fc.nat(20) }),
  fc.record({ kind: fc.constant('range' as const), from: fc.nat(40), to: fc.nat(40) }),
  fc.record({
    kind: fc.constant('type' as const),
    text: fc.constantFrom('a', 'Việt ', '1. ', 'a) ', '- ', '+ ', '1.1. ', 'đ'),
  }),
  fc.constant({ kind: 'enter' as const }),
  fc.record({ kind: fc.constant('tab' as const), shift: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), up: fc.boolean() }),
  fc.constant({ kind: 'backspace' as const }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('paste' as const),
    text: fc.constantFrom('1. Một\na) Hai\n- Ba', 'dòng\n\n+ cộng', 'một dòng'),
  }),
  fc.constant({ kind: 'undo' as const })
)

function key(k: string, shift = false, alt = false) {
  return {
    key: k,
    shiftKey: shift,
    altKey: alt,
    ctrlKey: false,
    metaKey: false,
  } as unknown as Parameters<typeof handleStructureKey>[1]
}

function apply(editor: Editor, e: Edit, history: Descendant[][]): void {
  const count = editor.children.length
  switch (e.kind) {
    case 'select': {
      const path = [e.block % count]
      const end = Editor.end(editor, path)
      const start = Editor.start(editor, path)
      Transforms.select(editor, e.offset % 2 === 0 ? start : end)
      return
    }
    case 'range':
      Transforms.select(editor, {
        anchor: Editor.start(editor, [e.from % count]),
        focus: Editor.end(editor, [e.to % count]),
      })
      return
    default:
  }
  if (!editor.selection) {
    Transforms.select(editor, Editor.start(editor, [0]))
  }
  history.push(structuredClone(editor.children))
  switch (e.kind) {
    case 'type':
      editor.insertText(e.text)
      return
    case 'enter':
      editor.insertBreak()
      return
    case 'tab':
      handleStructureKey(editor, key('Tab', e.shift))
      return
    case 'move':
      handleStructureKey(editor, key(e.up ? 'ArrowUp' : 'ArrowDown', true, true))
      return
    case 'backspace':
      editor.deleteBackward('character')
      return
    case 'delete':
      editor.deleteFragment()
      return
    case 'paste':
      pasteRunLines(editor, textToLines(e.text))
      return
    case 'undo': {
      history.pop()
      const previous = history.pop()
      if (previous) {
        editor.children = previous
        editor.selection = null
        Editor.normalize(editor, { force: true })
      }
    }
  }
}

describe('body editor: random edit sequences', () => {
  it('never lose a required section, never produce an invalid tree, and keep numbering consistent', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), edits => {
        const plan = createPlan()
        const editor = withPlanRules(withReact(createEditor()))
        editor.children = planToSlate(plan)
        Editor.normalize(editor, { force: true })
        const history: Descendant[][] = []
        for (const e of edits) {
          apply(editor, e, history)
        }
        Editor.normalize(editor, { force: true })
        const top = editor.children as TopElement[]
        // The three original section headings survive every edit (none is re-created).
        const originalIds = planToSlate(plan)
          .filter(el => el.type === 'section')
          .map(el => el.id)
        expect(top.filter(el => el.type === 'section').map(el => el.id)).toEqual(originalIds)
        const { body, placements } = slateToBody(top)
        // Required sections, once each, in order.
        expect(body.sections.map(s => s.role).filter(r => r !== 'extra')).toEqual([
          'purpose',
          'tasks',
          'organization',
        ])
        // The rebuilt tree is valid as it stands: restore repairs nothing.
        const restored = restorePlan({ ...createPlan(), ...body })
        expect(restored.ok && restored.repairs).toEqual([])
        // What the editor shows (depth, style) is exactly what will be saved.
        for (const el of top) {
          if (el.type === 'block') {
            expect(placements.get(el.id)).toEqual({ depth: el.depth, style: el.style })
          }
        }
        // Ids are unique.
        expect(new Set(top.map(el => el.id)).size).toBe(top.length)
      }),
      { numRuns: 500 }
    )
  })
})
