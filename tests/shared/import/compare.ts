import { issuerName } from '../../../shared/model/format-header'
import type { Block, Plan, Run } from '../../../shared/model/types'

/**
 * A plan reduced to what a Word file carries, for round-trip comparison: ids dropped (footnote
 * and custom-column ids too), tags dropped (Word does not carry them), adjacent runs with the same
 * look merged, trailing `;`/`.` of căn cứ and closing lines dropped (export rewrites them), empty
 * task fields dropped, column widths rounded to whole millimetres, `issuerName` compared
 * through the name the header derives (the `(Kèm theo …)` line carries it), `level` compared as is.
 */
export function comparable(plan: Plan): unknown {
  const runs = (rs: readonly Run[]): unknown[] => {
    const out: { text?: string; bold?: boolean; italic?: boolean; footnote?: unknown }[] = []
    for (const r of rs) {
      if ('type' in r) {
        out.push({ footnote: runs(r.content) })
        continue
      }
      const prev = out[out.length - 1]
      const bold = r.bold === true
      const italic = r.italic === true
      if (prev && prev.footnote === undefined && prev.bold === bold && prev.italic === italic) {
        prev.text += r.text
      } else {
        out.push({ text: r.text, bold, italic })
      }
    }
    return out.filter(r => r.footnote !== undefined || r.text !== '')
  }
  const trimEnd = (rs: readonly Run[]): unknown[] => {
    const out = runs(rs) as { text?: string }[]
    const last = out[out.length - 1]
    if (last?.text !== undefined) {
      last.text = last.text.replace(/[\s.;,:]+$/u, '')
    }
    return out
  }
  const blocks = (bs: readonly Block[]): unknown[] =>
    bs.map(b =>
      b.type === 'paragraph'
        ? { p: runs(b.content) }
        : {
            style: b.style,
            heading: b.heading === true,
            c: runs(b.content),
            ch: blocks(b.children),
          }
    )
  const h = plan.header
  return {
    header: {
      parentAgency: h.parentAgency ?? [],
      agency: h.agency,
      agencyAbbr: h.agencyAbbr,
      number: h.number ?? '',
      place: h.place,
      date: h.date,
      issuer: issuerName(h),
      level: h.level ?? null,
    },
    subject: plan.subject,
    bases: plan.bases.map(b => trimEnd(b.content)),
    preamble: blocks(plan.preamble),
    sections: plan.sections.map(s => ({ role: s.role, title: s.title, ch: blocks(s.children) })),
    closing: plan.closing.map(p => trimEnd(p.content)),
    recipients: plan.recipients.map(r => r.text),
    archive: plan.archive,
    signature: plan.signature,
    appendices: plan.appendices.map(a => ({
      title: a.title,
      landscape: a.landscape !== false,
      numbering: a.numbering,
      columns: a.columns.map(c => ({ kind: c.kind, label: c.label, width: Math.round(c.width) })),
      rows: a.rows.map(r =>
        r.type === 'group'
          ? { group: r.label }
          : {
              fields: Object.fromEntries(Object.entries(r.fields).filter(([, v]) => v !== '')),
              custom: a.columns.filter(c => c.kind === 'custom').map(c => r.custom?.[c.id] ?? ''),
              same: r.sameCriterion === true,
            }
      ),
    })),
  }
}
