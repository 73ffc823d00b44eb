import type { Finding } from '../finding'
import type { Plan } from '../types'
import { checkAbbreviations } from './abbreviations'
import { checkAgencies } from './agencies'
import { checkAppendixRefs } from './appendix-refs'
import { checkBrackets } from './brackets'
import { checkCapitalisation } from './capitalisation'
import { checkDeadlines } from './deadlines'
import { checkLevelWords } from './level-words'
import { checkListEndings } from './list-endings'
import { checkNumberFormat } from './number-format'
import { checkReporting } from './reporting'
import { checkSpacing } from './spacing'
import { checkStrayYears } from './stray-years'
import { checkToneStyle } from './tone-style'

/** A content rule: a pure function from the plan to its findings. */
export type ContentRule = (plan: Plan) => Finding[]

/** The consistency rules (§2 of the checks): the plan agrees with itself. */
export const CONSISTENCY_RULES: readonly ContentRule[] = [
  checkAgencies,
  checkAppendixRefs,
  checkDeadlines,
  checkReporting,
  checkStrayYears,
  checkLevelWords,
]

/** The proofreading rules (§3): Vietnamese administrative text. */
export const PROOFREADING_RULES: readonly ContentRule[] = [
  checkSpacing,
  checkBrackets,
  checkToneStyle,
  checkListEndings,
  checkAbbreviations,
  checkCapitalisation,
  checkNumberFormat,
]

/** Every content rule's findings, consistency first. */
export function checkContent(plan: Plan): Finding[] {
  return [...CONSISTENCY_RULES, ...PROOFREADING_RULES].flatMap(rule => rule(plan))
}
