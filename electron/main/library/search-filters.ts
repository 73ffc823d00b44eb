import type { SearchFilters } from '../../../shared/library/types'

/** A WHERE fragment over `clause c` and its parameters. */
export type FilterSql = { readonly where: string; readonly params: readonly (string | number)[] }

/** A taxonomy filter matches the code itself and its sub-codes (`P5` matches `P5.3`). */
function taxonomy(
  column: string,
  code: string,
  out: { where: string[]; params: (string | number)[] }
) {
  out.where.push(`(c.${column} = ? OR substr(c.${column}, 1, ?) = ?)`)
  out.params.push(code, code.length + 1, `${code}.`)
}

/** SQL conditions for the given filters; `where` is empty when nothing is filtered. */
export function filterSql(filters: SearchFilters = {}): FilterSql {
  const out = { where: [] as string[], params: [] as (string | number)[] }
  const equal = (column: string, value: string | number | undefined) => {
    if (value !== undefined) {
      out.where.push(`c.${column} = ?`)
      out.params.push(value)
    }
  }
  equal('kind', filters.kind)
  equal('section', filters.section)
  equal('src_level', filters.level)
  equal('src_year', filters.year)
  equal('status', filters.status)
  if (filters.papi) {
    taxonomy('papi', filters.papi, out)
  }
  if (filters.cchc) {
    taxonomy('cchc', filters.cchc, out)
  }
  if (filters.source) {
    const needle = filters.source.normalize('NFC')
    out.where.push(
      '(instr(c.src_title, ?) > 0 OR instr(c.src_issuer, ?) > 0 OR instr(c.src_file, ?) > 0)'
    )
    out.params.push(needle, needle, needle)
  }
  return { where: out.where.join(' AND '), params: out.params }
}
