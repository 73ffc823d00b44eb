import type { Finding } from '../finding'
import { runsText } from '../../text/runs'
import type { Block, Item, Plan } from '../types'
import { replaceFix } from './fix'
import { RULES } from './rule-kit'

const RULE = `${RULES.punctuation}: các ý của một danh sách kết thúc thống nhất (“;” hoặc “.”)`

/**
 * Inconsistent endings in one list: among sibling body items of one style (`-`, `+`, `a)`),
 * every item but the last ends the same way, `;` or `.`, the way most of them do (the last may
 * end with `.` either way). Needs three items or more and a clear majority; fix: swap the mark.
 */
export function checkListEndings(plan: Plan): Finding[] {
  const out: Finding[] = []
  const walk = (blocks: readonly Block[]): void => {
    let run: Item[] = []
    const flush = () => {
      out.push(...checkList(run))
      run = []
    }
    for (const block of blocks) {
      if (block.type === 'item' && !block.heading && block.style !== 'decimal') {
        if (run.length > 0 && run[0]?.style !== block.style) {
          flush()
        }
        run.push(block)
      } else {
        flush()
      }
      if (block.type === 'item') {
        walk(block.children)
      }
    }
    flush()
  }
  walk(plan.preamble)
  plan.sections.forEach(s => walk(s.children))
  return out
}

function checkList(items: readonly Item[]): Finding[] {
  if (items.length < 3) {
    return []
  }
  const inner = items.slice(0, -1).map(item => ({ item, text: runsText(item.content).trimEnd() }))
  const semi = inner.filter(i => i.text.endsWith(';')).length
  const dot = inner.filter(i => i.text.endsWith('.') && !i.text.endsWith('..')).length
  if (semi === dot || Math.min(semi, dot) === 0) {
    return []
  }
  const [want, other] = semi > dot ? [';', '.'] : ['.', ';']
  return inner
    .filter(i => i.text.endsWith(other) && !i.text.endsWith('..'))
    .map(({ item, text }) => ({
      severity: 'info' as const,
      code: 'proof.list-ending',
      message: `Ý này kết thúc bằng “${other}”, các ý khác trong danh sách kết thúc bằng “${want}”.`,
      rule: RULE,
      location: { id: item.id },
      fix: replaceFix({ id: item.id, field: 'content' }, text.length - 1, other, want),
    }))
}
