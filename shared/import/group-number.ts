import type { TableNumbering } from '../model/types'

/** A group row's label with its number taken out, and that number as written. */
export type GroupNumber = {
  readonly label: string
  /** The number (`I`, `2`, `A`, `b`) without its punctuation, when the row has one. */
  readonly token?: string
  /** Whether the number was typed at the start of the label (no index cell of its own). */
  readonly inLabel: boolean
}

const NUMBER = String.raw`([IVXLC]+|\d{1,3}|[A-ZĐ]|[a-zđ])`
// An index cell holds the number alone (`I`, `1.`, `A`, `a)`); in a label it must be followed by
// its punctuation and a space, so a label such as `XI MĂNG …` keeps its first word.
const IN_CELL = new RegExp(String.raw`^${NUMBER}(?:[.)]|\s*[-–])?$`, 'u')
const IN_LABEL = new RegExp(String.raw`^${NUMBER}(?:[.)]|\s*[-–])\s+`, 'u')

/** Splits a group row's number from its label: from its index cell, else from the label's start. */
export function splitGroupNumber(index: string | undefined, label: string): GroupNumber {
  const cell = index === undefined ? null : IN_CELL.exec(index.trim())
  if (cell?.[1] !== undefined) {
    return { label, token: cell[1], inLabel: false }
  }
  const typed = IN_LABEL.exec(label)
  return typed?.[1] !== undefined
    ? { label: label.slice(typed[0].length).trim(), token: typed[1], inLabel: true }
    : { label, inLabel: false }
}

const ROMAN = /^[IVXLC]+$/u

/**
 * The number style of a table's group rows from the numbers seen: a capital letter that is not
 * a Roman digit (`A`, `B`) makes them letters, so `C` in `A, B, C` is a letter and in `I, C` a
 * Roman 100; Arabic numbers typed in the labels of a table without an index column are
 * `arabic-dot`.
 */
export function groupNumbering(
  numbers: readonly GroupNumber[],
  hasIndex: boolean
): TableNumbering['group'] {
  const tokens = numbers.flatMap(n => (n.token === undefined ? [] : [n.token]))
  if (tokens.some(t => /^[A-ZĐ]$/u.test(t) && !ROMAN.test(t))) {
    return 'upper-letter'
  }
  if (tokens.some(t => ROMAN.test(t))) {
    return 'roman'
  }
  if (tokens.some(t => /^[a-zđ]$/u.test(t))) {
    return 'lower-letter'
  }
  return !hasIndex && numbers.some(n => n.inLabel && /^\d/u.test(n.token ?? ''))
    ? 'arabic-dot'
    : 'arabic'
}
