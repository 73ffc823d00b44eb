import { newId } from '../../model/ids'
import type { Plan } from '../../model/types'
import { runsText } from '../../text/runs'
import { splitLines } from './split-lines'
import { takeParagraph } from './take-paragraph'

/**
 * Moves a loose paragraph into Nơi nhận (recipients): one recipient per line (or per `;` in a
 * one-line list), the heading "Nơi nhận:" and list dashes dropped, a "Lưu: …" line becoming the
 * archive line instead of a recipient. Unchanged when `id` is no loose paragraph.
 */
export function asRecipients(plan: Plan, id: string): Plan {
  const taken = takeParagraph(plan, id)
  if (!taken) {
    return plan
  }
  const text = runsText(taken.paragraph.content)
  let lines = splitLines(text.replace(/^\s*Nơi nhận\s*:?/u, ''))
  if (lines.length === 1) {
    lines = (lines[0] ?? '').split(/;\s*(?=[-–+•]?\s*\S)/u)
  }
  let archive = taken.plan.archive
  const known = new Set(taken.plan.recipients.map(r => r.text))
  const added = []
  for (const line of lines) {
    const bare = line
      .replace(/^[-–+•]\s*/u, '')
      .replace(/[\s;.,]+$/u, '')
      .trim()
    const lưu = /^Lưu\s*:?\s*(.*)$/u.exec(bare)
    if (lưu) {
      archive = (lưu[1] ?? '').replace(/\s+/g, ' ').trim() || archive
    } else if (bare !== '' && !known.has(bare)) {
      known.add(bare)
      added.push({ id: newId(), text: bare })
    }
  }
  return { ...taken.plan, recipients: [...taken.plan.recipients, ...added], archive }
}
