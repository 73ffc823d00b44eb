import { toPointLetter, toRoman } from './labels'
import type { Appendix, Block, Plan, Run, Section, TableRow } from './types'

/** Computed labels of a plan: section and item numbers, footnote numbers, appendix headings. */
export type Numbering = {
  /** Block or section id → label as printed (`II.`, `1.`, `1.1.`, `a)`, `-`, `+`). */
  readonly labels: ReadonlyMap<string, string>
  /** Footnote id → its number (1-based, order of appearance). */
  readonly footnotes: ReadonlyMap<string, number>
}

/** Label of the n-th (1-based) body section: `I.`, `II.` … */
export function sectionLabel(n: number): string {
  return `${toRoman(n)}.`
}

/** Computes every label of the plan from the structure alone. */
export function numberPlan(plan: Plan): Numbering {
  const labels = new Map<string, string>()
  const footnotes = new Map<string, number>()
  const countFootnotes = (runs: readonly Run[]): void => {
    for (const run of runs) {
      if ('type' in run) {
        footnotes.set(run.id, footnotes.size + 1)
      }
    }
  }
  const walk = (blocks: readonly Block[], decimalPrefix: string | undefined): void => {
    const counters = { decimal: 0, letter: 0 }
    for (const block of blocks) {
      countFootnotes(block.content)
      if (block.type === 'paragraph') {
        continue
      }
      let label: string
      let childPrefix: string | undefined
      switch (block.style) {
        case 'decimal': {
          counters.decimal += 1
          const n =
            decimalPrefix === undefined
              ? `${counters.decimal}`
              : `${decimalPrefix}.${counters.decimal}`
          label = `${n}.`
          childPrefix = n
          break
        }
        case 'letter':
          counters.letter += 1
          label = `${toPointLetter(counters.letter)})`
          break
        case 'dash':
          label = '-'
          break
        case 'plus':
          label = '+'
          break
      }
      labels.set(block.id, label)
      walk(block.children, childPrefix)
    }
  }
  for (const basis of plan.bases) {
    countFootnotes(basis.content)
  }
  walk(plan.preamble, undefined)
  plan.sections.forEach((section: Section, i: number) => {
    labels.set(section.id, sectionLabel(i + 1))
    walk(section.children, undefined)
  })
  for (const paragraph of plan.closing) {
    countFootnotes(paragraph.content)
  }
  return { labels, footnotes }
}

/** Heading of the n-th appendix: `Phụ lục` when there is one, `Phụ lục I`, `Phụ lục II` … otherwise. */
export function appendixHeading(index: number, count: number): string {
  return count <= 1 ? 'Phụ lục' : `Phụ lục ${toRoman(index + 1)}`
}

/** Row id → text of the index column (`1`, `I`, `1.1`, …) for an appendix table. */
export function numberTableRows(appendix: Appendix): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  let group = 0
  let task = 0
  for (const row of appendix.rows) {
    if (row.type === 'group') {
      group += 1
      task = 0
      out.set(row.id, groupIndex(appendix.numbering.group, group))
      continue
    }
    if (!row.sameCriterion) {
      task += 1
    }
    out.set(row.id, taskIndex(appendix, group, task))
  }
  return out
}

function groupIndex(style: Appendix['numbering']['group'], n: number): string {
  switch (style) {
    case 'roman':
      return toRoman(n)
    case 'upper-letter':
      return toPointLetter(n).toUpperCase()
    case 'lower-letter':
      return toPointLetter(n)
    case 'arabic':
    case 'arabic-dot':
      return `${n}`
  }
}

function taskIndex(appendix: Appendix, group: number, task: number): string {
  switch (appendix.numbering.task) {
    case 'nested':
      return group > 0 ? `${group}.${task}` : `${task}`
    case 'flat':
      return `${task}`
    case 'none':
      return ''
  }
}

/** Row id → criterion prefix (`a)`, `b)` …) when the table numbers criteria with letters. */
export function criterionLetters(appendix: Appendix): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  if (appendix.numbering.criterion !== 'letter') {
    return out
  }
  let n = 0
  for (const row of appendix.rows) {
    if (row.type === 'group') {
      n = 0
    } else if (!row.sameCriterion && (row.fields.criterion ?? '').trim() !== '') {
      n += 1
      out.set(row.id, `${toPointLetter(n)})`)
    }
  }
  return out
}

/** Label printed in a group row: `1. Tham gia …` for `arabic-dot`, the bare label otherwise. */
export function groupRowText(appendix: Appendix, row: TableRow, index: string): string {
  if (row.type !== 'group') {
    return ''
  }
  return appendix.numbering.group === 'arabic-dot' ? `${index}. ${row.label}` : row.label
}
