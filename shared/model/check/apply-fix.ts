import { newId } from '../ids'
import type { Block, Plan, Run, TableRow } from '../types'
import type { Fix, TextTarget } from './fix'

type Replace = Extract<Fix, { kind: 'replace' }>
type EditText = (text: string) => string | undefined

/** Applies one fix to a plan; returns the plan unchanged if the fix no longer fits. */
export function applyFix(plan: Plan, fix: Fix): Plan {
  return applyFixes(plan, [fix])
}

/**
 * Applies several fixes ("sửa tất cả lỗi loại này"): recipients are added once each, text
 * replacements are made from the end of each text so earlier offsets stay valid; a replacement
 * that overlaps another or whose text changed is skipped.
 */
export function applyFixes(plan: Plan, fixes: readonly Fix[]): Plan {
  let out = plan
  const added = new Set(plan.recipients.map(r => r.text.trim()))
  const byTarget = new Map<string, Replace[]>()
  for (const fix of fixes) {
    if (fix.kind === 'add-recipient') {
      if (!added.has(fix.text.trim())) {
        added.add(fix.text.trim())
        out = { ...out, recipients: [...out.recipients, { id: newId(), text: fix.text }] }
      }
      continue
    }
    const key = `${fix.target.id ?? ''}|${fix.target.field}`
    byTarget.set(key, [...(byTarget.get(key) ?? []), fix])
  }
  for (const group of byTarget.values()) {
    const sorted = [...group].sort((a, b) => b.start - a.start)
    const target = sorted[0]?.target as TextTarget
    out = editTarget(out, target, text => replaceAll(text, sorted))
  }
  return out
}

function replaceAll(text: string, sorted: readonly Replace[]): string {
  let out = text
  let limit = Infinity
  for (const fix of sorted) {
    if (fix.end <= limit && out.slice(fix.start, fix.end) === fix.found) {
      out = out.slice(0, fix.start) + fix.text + out.slice(fix.end)
      limit = fix.start
    }
  }
  return out
}

/** Changes the text at `target`; the edit sees the plain text of the runs. */
function editTarget(plan: Plan, target: TextTarget, edit: EditText): Plan {
  const { id, field } = target
  if (field === 'subject') {
    return { ...plan, subject: edit(plan.subject) ?? plan.subject }
  }
  if (field === 'recipient') {
    return {
      ...plan,
      recipients: plan.recipients.map(r =>
        r.id === id ? { ...r, text: edit(r.text) ?? r.text } : r
      ),
    }
  }
  if (field === 'title') {
    return {
      ...plan,
      sections: plan.sections.map(s =>
        s.id === id ? { ...s, title: edit(s.title) ?? s.title } : s
      ),
      appendices: plan.appendices.map(a =>
        a.id === id ? { ...a, title: edit(a.title) ?? a.title } : a
      ),
    }
  }
  if (field === 'label' || field.startsWith('fields.')) {
    return {
      ...plan,
      appendices: plan.appendices.map(a => ({
        ...a,
        rows: a.rows.map(r => (r.id === id ? editRow(r, field, edit) : r)),
      })),
    }
  }
  const blocks = (list: readonly Block[]): Block[] =>
    list.map(b => {
      const content = b.id === id ? editRuns(b.content, edit) : b.content
      return b.type === 'item' ? { ...b, content, children: blocks(b.children) } : { ...b, content }
    })
  return {
    ...plan,
    bases: plan.bases.map(b => (b.id === id ? { ...b, content: editRuns(b.content, edit) } : b)),
    preamble: blocks(plan.preamble),
    sections: plan.sections.map(s => ({ ...s, children: blocks(s.children) })),
    closing: plan.closing.map(p =>
      p.id === id ? { ...p, content: editRuns(p.content, edit) } : p
    ),
  }
}

function editRow(row: TableRow, field: string, edit: EditText): TableRow {
  if (row.type === 'group') {
    return field === 'label' ? { ...row, label: edit(row.label) ?? row.label } : row
  }
  const key = field.slice('fields.'.length) as keyof typeof row.fields
  const value = row.fields[key]
  return value === undefined
    ? row
    : { ...row, fields: { ...row.fields, [key]: edit(value) ?? value } }
}

/**
 * Edits the plain text of runs and maps the change back onto them: the common prefix and suffix
 * keep their runs and formatting, the changed middle goes into the run where it starts.
 */
function editRuns(runs: readonly Run[], edit: EditText): readonly Run[] {
  const before = runs.map(r => ('type' in r ? '' : r.text)).join('')
  const after = edit(before)
  if (after === undefined || after === before) {
    return runs
  }
  let prefix = 0
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) {
    prefix += 1
  }
  let suffix = 0
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1
  }
  const removeEnd = before.length - suffix
  const inserted = after.slice(prefix, after.length - suffix)
  const clamp = (n: number, len: number) => Math.max(0, Math.min(n, len))
  let offset = 0
  let placed = false
  const out: Run[] = []
  for (const run of runs) {
    if ('type' in run) {
      out.push(run)
      continue
    }
    const start = offset
    const len = run.text.length
    offset += len
    const head = run.text.slice(0, clamp(prefix - start, len))
    const tail = run.text.slice(clamp(removeEnd - start, len))
    const here: boolean = !placed && prefix >= start && prefix <= start + len
    placed = placed || here
    const text = head + (here ? inserted : '') + tail
    if (text !== '') {
      out.push({ ...run, text })
    }
  }
  return out
}
