import { Editor, Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import { slateToBody } from '../../../renderer/editor/from-slate'
import { outdent } from '../../../renderer/editor/keys'
import { pasteRunLines } from '../../../renderer/editor/paste'
import { textToLines } from '../../../renderer/editor/paste-html'
import type { TopElement } from '../../../renderer/editor/slate-types'
import { block, editorWith, section, shape } from './slate-fixture'

const base = (): TopElement[] => [
  section('s1', 'purpose', 'MỤC ĐÍCH, YÊU CẦU'),
  section('s2', 'tasks', 'NHIỆM VỤ, GIẢI PHÁP'),
  block('i1', 'decimal', 0, 'Một'),
  block('p1', 'paragraph', 1, 'đoạn giữa'),
  block('a1', 'letter', 1, 'điểm a'),
  block('d1', 'dash', 2, 'gạch'),
  section('s3', 'organization', 'TỔ CHỨC THỰC HIỆN'),
]

describe('editor rules (reviewed edge cases)', () => {
  it('pasting plain lines inside a nested paragraph keeps them, and what follows, at that level', () => {
    const editor = editorWith(base())
    Transforms.select(editor, { path: [3, 0], offset: 4 })
    pasteRunLines(editor, textToLines('dòng một\ndòng hai'))
    expect(shape(editor).slice(2, 8)).toEqual([
      'decimal@0:Một',
      'paragraph@1:đoạn',
      'paragraph@1:dòng một',
      'paragraph@1:dòng hai',
      'paragraph@1: giữa',
      'letter@1:điểm a',
    ])
  })

  it('lines pasted at the start of a block go before it, leaving no empty block', () => {
    const editor = editorWith(base())
    Transforms.select(editor, { path: [4, 0], offset: 0 })
    pasteRunLines(editor, textToLines('dòng x\ndòng y'))
    expect(shape(editor).slice(2, 8)).toEqual([
      'decimal@0:Một',
      'paragraph@1:đoạn giữa',
      'paragraph@1:dòng x',
      'paragraph@1:dòng y',
      'letter@1:điểm a',
      'dash@2:gạch',
    ])
  })

  it('Backspace at the start of an item with sub-items keeps its number and its sub-items', () => {
    const editor = editorWith(base())
    Transforms.select(editor, { path: [2, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(shape(editor)).toEqual(shape(editorWith(base())))
  })

  it('Backspace at the start of an item without sub-items removes only the number', () => {
    const editor = editorWith(base())
    Transforms.select(editor, { path: [5, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(shape(editor)[5]).toBe('paragraph@2:gạch')
  })

  it('select all and type never overwrites a section heading', () => {
    const editor = editorWith(base())
    Transforms.select(editor, { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) })
    editor.insertText('x')
    const titles = shape(editor).filter(line => line.startsWith('# '))
    expect(titles).toEqual(['# MỤC ĐÍCH, YÊU CẦU', '# NHIỆM VỤ, GIẢI PHÁP', '# TỔ CHỨC THỰC HIỆN'])
    const { sections } = slateToBody(editor.children as TopElement[]).body
    expect(sections).toHaveLength(3)
    expect(sections[0]?.children.map(b => b.content)).toEqual([[{ text: 'x' }]])
  })

  it('a pasted copy of a footnote gets its own id', () => {
    const editor = editorWith([
      section('s1', 'purpose', 'A'),
      {
        type: 'block',
        id: 'b1',
        style: 'paragraph',
        depth: 0,
        children: [
          { text: 'x' },
          { type: 'footnote', id: 'f1', content: [{ text: 'n' }], children: [{ text: '' }] },
          { text: '' },
        ],
      },
      {
        type: 'block',
        id: 'b2',
        style: 'paragraph',
        depth: 0,
        children: [
          { text: 'y' },
          { type: 'footnote', id: 'f1', content: [{ text: 'n' }], children: [{ text: '' }] },
          { text: '' },
        ],
      },
      section('s2', 'tasks', 'B'),
      section('s3', 'organization', 'C'),
    ])
    const ids = (editor.children as TopElement[]).flatMap(el =>
      el.type === 'block' ? el.children.flatMap(c => ('type' in c ? [c.id] : [])) : []
    )
    expect(new Set(ids).size).toBe(2)
  })

  it('Shift+Tab takes the style of the items already at the outer level', () => {
    const editor = editorWith([
      section('s1', 'purpose', 'MỤC ĐÍCH, YÊU CẦU'),
      block('i1', 'decimal', 0, 'Mục đích'),
      block('d1', 'dash', 1, 'Ý thứ nhất'),
      block('d2', 'dash', 1, 'Mục mới'),
      block('i2', 'decimal', 0, 'Yêu cầu'),
      section('s2', 'tasks', 'NHIỆM VỤ'),
      section('s3', 'organization', 'TỔ CHỨC'),
    ])
    Transforms.select(editor, { path: [3, 0], offset: 0 })
    outdent(editor)
    expect(shape(editor).slice(1, 5)).toEqual([
      'decimal@0:Mục đích',
      'dash@1:Ý thứ nhất',
      'decimal@0:Mục mới',
      'decimal@0:Yêu cầu',
    ])
    // Outdenting the first sub-item continues the outer list too.
    Transforms.select(editor, { path: [2, 0], offset: 0 })
    outdent(editor)
    expect(shape(editor)[2]).toBe('decimal@0:Ý thứ nhất')
  })
})
