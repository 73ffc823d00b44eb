import type { Block, Plan, Run } from '../../../shared/model/types'

/** Words of a text: runs of characters between spaces that hold a letter or a digit. */
function words(text: string): number {
  return text.split(/\s+/).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

function runsWords(runs: readonly Run[]): number {
  return runs.reduce((n, run) => n + ('text' in run ? words(run.text) : runsWords(run.content)), 0)
}

function blocksWords(blocks: readonly Block[]): number {
  return blocks.reduce(
    (n, block) =>
      n + runsWords(block.content) + (block.type === 'item' ? blocksWords(block.children) : 0),
    0
  )
}

/**
 * The plan's word count as Word's status bar shows it, over what the clerk writes: trích yếu,
 * căn cứ, the body, the closing and the appendices (not the header, Nơi nhận or signature).
 * Numbers drawn by the editor (I., 1., a)) are not words of the text and are not counted.
 */
export function countWords(plan: Plan): number {
  const body =
    blocksWords(plan.preamble) +
    plan.sections.reduce((n, s) => n + words(s.title) + blocksWords(s.children), 0) +
    blocksWords(plan.closing)
  const appendices = plan.appendices.reduce(
    (n, appendix) =>
      n +
      words(appendix.title) +
      appendix.rows.reduce(
        (m, row) =>
          m +
          (row.type === 'group'
            ? words(row.label)
            : [...Object.values(row.fields), ...Object.values(row.custom ?? {})].reduce(
                (k, value) => k + words(value ?? ''),
                0
              )),
        0
      ),
    0
  )
  return (
    words(plan.subject) +
    plan.bases.reduce((n, basis) => n + runsWords(basis.content), 0) +
    body +
    appendices
  )
}
