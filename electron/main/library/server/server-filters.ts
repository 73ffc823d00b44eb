import type { SearchFilters } from '../../../../shared/library/types'

/** SQL conditions (each starting with ` AND `) and their parameters, numbered from `first`. */
export type ServerFilterSql = { readonly where: string; readonly params: readonly unknown[] }

/**
 * SQL conditions for the search filters, numbered from `$first`; the same meaning as the local
 * library's (search-filters.ts). Every value is a query parameter.
 */
export function serverFilterSql(filters: SearchFilters, first: number): ServerFilterSql {
  const where: string[] = []
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${first + params.length - 1}`
  }
  const equal = (column: string, value: string | number | undefined) => {
    if (value !== undefined) {
      where.push(`${column} = ${param(value)}`)
    }
  }
  equal('kind', filters.kind)
  equal('section', filters.section)
  equal('src_level', filters.level)
  equal('src_year', filters.year)
  equal('status', filters.status)
  for (const column of ['papi', 'cchc'] as const) {
    const code = filters[column]
    if (code) {
      where.push(`(${column} = ${param(code)} OR starts_with(${column}, ${param(`${code}.`)}))`)
    }
  }
  if (filters.source) {
    const needle = param(filters.source.normalize('NFC'))
    where.push(
      `(strpos(src_title, ${needle}) > 0 OR strpos(src_issuer, ${needle}) > 0 OR strpos(src_file, ${needle}) > 0)`
    )
  }
  return { where: where.map(w => ` AND ${w}`).join(''), params }
}
