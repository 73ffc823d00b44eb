/** Where on the page a change is: the element with `data-block-id` = block, and a table row. */
export type ChangeTarget = { readonly block: string; readonly row?: string }

/** Field slots and the page block that shows them (see shared/lineage/text-slots.ts for keys). */
const FIELDS: Readonly<Record<string, string>> = {
  header: 'header',
  subject: 'subject',
  // The căn cứ lines are printed right under the title.
  basis: 'subject',
  signature: 'signature',
  recipient: 'recipients',
}

/**
 * The page target of a change's slot: `block:<id>:…` and `section-title:<id>` are body blocks,
 * `appendix-title:<id>` an appendix, `cell:<appendix>:<row>:…`, `group:…` and `row:…` a table row.
 */
export function changeTarget(slot: string): ChangeTarget {
  const [area = '', first = '', second] = slot.split(':')
  if (area === 'block' || area === 'section-title' || area === 'appendix-title') {
    return { block: first }
  }
  if (area === 'cell' || area === 'group' || area === 'row') {
    return second === undefined ? { block: first } : { block: first, row: second }
  }
  return { block: FIELDS[area] ?? 'header' }
}
