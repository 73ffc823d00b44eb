/** A taxonomy entry: a PAPI dimension or sub-criterion, or a CCHC area (codes such as `P5`, `P5.3`, `C3`). */
export type TaxonomyItem = {
  readonly code: string
  readonly name: string
  readonly children?: readonly TaxonomyItem[]
}

/** A taxonomy (PAPI, CCHC …): data the user can extend, not code. */
export type Taxonomy = {
  readonly id: string
  readonly name: string
  readonly items: readonly TaxonomyItem[]
}

/** Every entry of a taxonomy, parents before children. */
export function flattenTaxonomy(taxonomy: Taxonomy): TaxonomyItem[] {
  const out: TaxonomyItem[] = []
  const walk = (items: readonly TaxonomyItem[]) => {
    for (const item of items) {
      out.push(item)
      walk(item.children ?? [])
    }
  }
  walk(taxonomy.items)
  return out
}
