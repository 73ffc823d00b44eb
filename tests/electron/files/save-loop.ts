/**
 * Child process of the kill-during-save tests: saves a plan again and again (a plan file with
 * its .bak, or the autosave of one session), printing the number of each save once it is done.
 * Usage: save-loop.ts plan|autosave <file-or-data-dir> <first-number>
 */
import { Autosave } from '../../../electron/main/files/autosave'
import { writePlanFile } from '../../../electron/main/files/plan-files'
import { createPlan } from '../../../shared/model/create-plan'
import type { Paragraph } from '../../../shared/model/types'

const [mode, target = '', first = '0'] = process.argv.slice(2)
const plan = createPlan({ agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], year: 2025 })
// A plan of some size, so a kill can land in the middle of writing it.
const filler: Paragraph[] = Array.from({ length: 400 }, (_v, i) => ({
  type: 'paragraph',
  id: `p${i}`,
  content: [{ text: `Đoạn ${i}: thực hiện tốt công tác cải cách hành chính trên địa bàn xã.` }],
}))
const autosave = new Autosave(target)
for (let n = Number(first); ; n++) {
  const next = { ...plan, subject: `Lần lưu ${n}`, preamble: filler }
  const r = mode === 'plan' ? writePlanFile(target, next) : autosave.write('s1', undefined, next)
  if (!r.ok) {
    throw new Error(r.error.message)
  }
  process.stdout.write(`${n}\n`)
}
