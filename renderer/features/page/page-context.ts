import { createContext, useContext } from 'react'
import type { Numbering } from '../../../shared/model/numbering'

/** Computed labels (outline numbers, footnote numbers) shared by every block of the page. */
export const NumberingContext = createContext<Numbering>({
  labels: new Map(),
  footnotes: new Map(),
})

/** The plan's computed labels, from the nearest `NumberingContext`. */
export function useNumbering(): Numbering {
  return useContext(NumberingContext)
}
