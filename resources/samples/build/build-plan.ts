import type { Block, Plan, Recipient, Section } from '../../../shared/model/types'
import { buildAppendix } from './build-table'
import { createIdSource, type IdSource } from './ids'
import type { SeedOverride } from './overrides/types'
import { parseBody } from './parse-body'
import { prepareBody } from './prepare-lines'
import { plainText } from './seed-text'

const BODY_END = /^(Nơi nhận|CHỦ TỊCH$|KT\.|TM\.)/

/** Builds one sample plan from its seed text and its override. */
export function buildPlan(seedText: string, override: SeedOverride): Plan {
  const ids = createIdSource(override.seed)
  const lines = patch(seedText.normalize('NFC'), override).split('\n')
  const start = lines.findIndex(line => plainText(line).startsWith(override.bodyStart))
  if (start < 0) {
    throw new Error(`Cannot build sample ${override.seed}: body start not found`)
  }
  const end = lines.findIndex((line, i) => i > start && BODY_END.test(plainText(line)))
  if (end < 0) {
    throw new Error(`Cannot build sample ${override.seed}: body end not found`)
  }
  const prepared = prepareBody(lines.slice(start, end))
  const body = parseBody(prepared.lines, prepared.footnotes, override, ids)
  const { recipients, archive, after } = readRecipients(lines, end, ids)
  const sections = body.sections.map(section => tagSection(section, override))
  return {
    header: override.header,
    subject: override.subject,
    bases: [],
    preamble: body.preamble,
    sections,
    closing: body.closing,
    recipients,
    archive: override.archive ?? archive,
    signature: override.signature,
    appendices: override.appendix
      ? [buildAppendix(lines.slice(after), override.appendix, ids)]
      : [],
  }
}

function patch(text: string, override: SeedOverride): string {
  let out = text
  for (const [from, to] of override.replacements ?? []) {
    if (!out.includes(from)) {
      throw new Error(`Cannot patch sample ${override.seed}: text not found: ${from}`)
    }
    out = out.replace(from, to)
  }
  return out
}

/** Reads the Nơi nhận list after the body: `- x;` lines up to the `Lưu:` line. */
function readRecipients(
  lines: readonly string[],
  from: number,
  ids: IdSource
): { recipients: Recipient[]; archive: string; after: number } {
  const recipients: Recipient[] = []
  let i = lines.findIndex((line, n) => n >= from && plainText(line).startsWith('Nơi nhận'))
  for (i += 1; i < lines.length; i += 1) {
    const text = plainText(lines[i] ?? '').replace(/^[-–]\s*/, '')
    const archive = /^Lưu\s*:\s*(.+?)\.?$/.exec(text)
    if (archive) {
      return { recipients, archive: archive[1] ?? 'VT', after: i + 1 }
    }
    if (text !== '') {
      recipients.push({ id: ids.next('n'), text: text.replace(/[;.]$/, '') })
    }
  }
  throw new Error('Cannot read recipients: no Lưu line')
}

function tagSection(section: Section, override: SeedOverride): Section {
  return { ...section, children: section.children.map(block => tagBlock(block, override)) }
}

function tagBlock(block: Block, override: SeedOverride): Block {
  if (block.type !== 'item') {
    return block
  }
  const text = block.content.map(run => ('type' in run ? '' : run.text)).join('')
  const rule = override.tags?.find(([prefix]) => text.startsWith(prefix))
  return {
    ...block,
    children: block.children.map(child => tagBlock(child, override)),
    ...(rule ? { tags: rule[1] } : {}),
  }
}
