import { foldVietnamese } from '../text/fold'

/** Longest query we look at; the rest of a pasted paragraph adds nothing to a search. */
const MAX_TERMS = 12
/** Longest term kept; longer runs cannot be real words. */
const MAX_TERM_LENGTH = 48

/** A search query split into words, folded for matching and kept raw for the diacritic boost. */
export type ParsedQuery = {
  /** Folded words (diacritics stripped, đ → d, lowercase), in order. */
  readonly terms: readonly string[]
  /** The same words as typed, NFC and lowercase. */
  readonly raw: readonly string[]
  /** Whether the last term matches as a prefix (the user is still typing it). */
  readonly lastIsPrefix: boolean
}

const TOKEN = /[\p{L}\p{N}]+/gu

/**
 * Splits a query into words the way the FTS tokenizer splits clause text: runs of letters and
 * digits; everything else (quotes, `*`, `-`, parentheses, emoji) is a separator, so no user input
 * can reach FTS5's query syntax. Each term is quoted later by `ftsMatchExpression`.
 */
export function parseQuery(query: string): ParsedQuery {
  const text = query.slice(0, 4000).normalize('NFC')
  const raw: string[] = []
  const terms: string[] = []
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0].toLowerCase().slice(0, MAX_TERM_LENGTH)
    const folded = foldVietnamese(word).replace(/[^\p{L}\p{N}]/gu, '')
    if (folded !== '') {
      raw.push(word)
      terms.push(folded)
    }
    if (terms.length === MAX_TERMS) {
      break
    }
  }
  const lastIsPrefix = terms.length > 0 && !/[\s.,;:!?)"']$/u.test(text)
  return { terms, raw, lastIsPrefix }
}

/**
 * The FTS5 MATCH expression of a parsed query: every term double-quoted (terms hold only
 * letters and digits, so quoting is total), the last one with `*` when it is a prefix.
 * Returns undefined for a query with no words.
 */
export function ftsMatchExpression(query: ParsedQuery): string | undefined {
  if (query.terms.length === 0) {
    return undefined
  }
  const last = query.terms.length - 1
  return query.terms
    .map((term, i) => `"${term}"${i === last && query.lastIsPrefix ? '*' : ''}`)
    .join(' ')
}

/**
 * The FTS5 phrase expression of a multi-word query (`"duong giao th"*`): the words adjacent and
 * in order, the last as a prefix when typed so. Undefined for fewer than two words.
 */
export function ftsPhraseExpression(query: ParsedQuery): string | undefined {
  if (query.terms.length < 2) {
    return undefined
  }
  return `"${query.terms.join(' ')}"${query.lastIsPrefix ? '*' : ''}`
}
