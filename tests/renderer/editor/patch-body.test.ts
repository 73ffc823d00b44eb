import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slateToBody } from '../../../renderer/editor/from-slate'
import { patchBody } from '../../../renderer/editor/patch-body'
import type { TopElement } from '../../../renderer/editor/slate-types'
import { planToSlate } from '../../../renderer/editor/to-slate'
import type { Plan } from '../../../shared/model/types'

const plan = (
  JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../resources/samples/001.kehoach'),
      'utf8'
    )
  ) as { plan: Plan }
).plan

describe('patchBody (the typing fast path)', () => {
  it('gives exactly what a full rebuild gives, for a text edit in any block', () => {
    const value = planToSlate(plan)
    const before = slateToBody(value).body
    fc.assert(
      fc.property(
        fc.nat(value.length - 1),
        fc.string({ minLength: 1, maxLength: 8 }),
        (index, text) => {
          const element = value[index]!
          const edited = {
            ...element,
            children: [
              { text: `${element.children.map(c => ('text' in c ? c.text : '')).join('')}${text}` },
            ],
          } as TopElement
          const after = value.map((el, i) => (i === index ? edited : el))
          const patched = patchBody(before, edited)
          expect(patched).toBeDefined()
          expect(patched).toEqual(slateToBody(after).body)
        }
      )
    )
  })

  it('shares every block it did not touch', () => {
    const value = planToSlate(plan)
    const before = slateToBody(value).body
    const index = value.findIndex(el => el.type === 'block')
    const element = { ...value[index]!, children: [{ text: 'mới' }] } as TopElement
    const patched = patchBody(before, element)!
    expect(patched.sections[1]).toBe(before.sections[1])
    expect(patched.closing).toBe(before.closing)
  })
})
