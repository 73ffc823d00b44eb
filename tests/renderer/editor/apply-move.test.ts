import { Transforms } from 'slate'
import { describe, expect, it } from 'vitest'
import {
  applySubtreeMove,
  moveSubtree,
  moveSubtreeBefore,
  type SubtreeMove,
} from '../../../shared/model/outline'
import { applyMove } from '../../../renderer/editor/apply-move'
import type { TopElement } from '../../../renderer/editor/slate-types'
import { block, editorWith, section } from './slate-fixture'

const raw = (): TopElement[] => [
  section('s1', 'purpose', 'MỤC ĐÍCH'),
  block('a', 'decimal', 0),
  block('a1', 'letter', 1),
  block('a2', 'letter', 1),
  block('a2x', 'dash', 2),
  block('b', 'decimal', 0),
  section('s2', 'tasks', 'NHIỆM VỤ'),
  block('c', 'decimal', 0),
  section('s3', 'organization', 'TỔ CHỨC THỰC HIỆN'),
  block('e', 'paragraph', 0),
  { type: 'closing', id: 'end', children: [{ text: 'Trên đây là Kế hoạch.' }] },
]
/** The value as the editor holds it (a complete body: normalising changes nothing). */
const value = (): TopElement[] => editorWith(raw()).children as TopElement[]
const ids = (list: readonly TopElement[]) =>
  list.map(el => (el.type === 'block' ? `${el.id}@${el.depth}` : el.id))
const index = (id: string) => value().findIndex(el => el.id === id)

it('the fixture is a complete body', () => {
  expect(ids(value())).toEqual(ids(raw()))
})

describe('applyMove performs the outline move with Slate operations', () => {
  it.each<[string, SubtreeMove | undefined]>([
    ['down', moveSubtree(value(), index('a'), 1)],
    ['up', moveSubtree(value(), index('a2'), -1)],
    ['dragged out to the top level', moveSubtreeBefore(value(), index('a2'), index('e'))],
    ['dragged deeper, upwards', moveSubtreeBefore(value(), index('b'), index('a2'))],
  ])('%s', (_, move) => {
    expect(move).toBeDefined()
    const editor = editorWith(value())
    applyMove(editor, move!)
    expect(ids(editor.children as TopElement[])).toEqual(ids(applySubtreeMove(value(), move!)))
  })

  it('keeps the caret in the moved block', () => {
    const editor = editorWith(value())
    Transforms.select(editor, { path: [index('a'), 0], offset: 1 })
    applyMove(editor, moveSubtree(value(), index('a'), 1)!)
    const at = editor.selection?.anchor.path[0] ?? -1
    expect((editor.children[at] as TopElement).id).toBe('a')
  })
})
