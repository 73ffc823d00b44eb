import type { Block, Paragraph, Plan, Run } from '../model/types'

/** The end-of-content mark of Decree 30, glued to the last sentence. */
export const END_MARK = './.'

function lastTextIndex(runs: readonly Run[]): number {
  for (let i = runs.length - 1; i >= 0; i -= 1) {
    const run = runs[i]
    if (run !== undefined && !('type' in run) && run.text.trim() !== '') {
      return i
    }
  }
  return -1
}

/**
 * Replaces the trailing punctuation of the last text run with `mark`
 * (`…ban hành,` + `;` → `…ban hành;`). Runs without text get nothing.
 */
export function withEnding(
  runs: readonly Run[],
  mark: ';' | '.' | typeof END_MARK
): readonly Run[] {
  const i = lastTextIndex(runs)
  const run = runs[i]
  if (run === undefined || 'type' in run) {
    return runs
  }
  const trimmed = run.text.replace(/\s+$/u, '')
  const text = trimmed.endsWith(END_MARK)
    ? trimmed.slice(0, -END_MARK.length) + mark
    : trimmed.replace(/[\s.;,:]+$/u, '') + mark
  return [...runs.slice(0, i), { ...run, text }, ...runs.slice(i + 1)]
}

function markLastBlock(blocks: readonly Block[]): readonly Block[] | undefined {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]
    if (block === undefined) {
      continue
    }
    const inner = block.type === 'item' ? markLastBlock(block.children) : undefined
    let replaced: Block | undefined
    if (block.type === 'item' && inner) {
      replaced = { ...block, children: inner }
    } else if (lastTextIndex(block.content) >= 0) {
      replaced = { ...block, content: withEnding(block.content, END_MARK) }
    }
    if (replaced) {
      return [...blocks.slice(0, i), replaced, ...blocks.slice(i + 1)]
    }
  }
  return undefined
}

/**
 * The plan with `./.` glued to its last sentence: the last closing paragraph, or, when the plan
 * has no closing text, the last paragraph of the body.
 */
export function withEndMark(plan: Plan): Plan {
  const closing = plan.closing
  for (let i = closing.length - 1; i >= 0; i -= 1) {
    const p = closing[i] as Paragraph
    if (lastTextIndex(p.content) >= 0) {
      const marked: Paragraph = { ...p, content: withEnding(p.content, END_MARK) }
      return { ...plan, closing: [...closing.slice(0, i), marked, ...closing.slice(i + 1)] }
    }
  }
  const sections = [...plan.sections]
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const section = sections[i]
    const children = section ? markLastBlock(section.children) : undefined
    if (section && children) {
      sections[i] = { ...section, children }
      return { ...plan, sections }
    }
  }
  return plan
}
