/**
 * Child process of the kill-during-save tests: saves a plan again and again (a plan file with
 * its .bak, the same with its version kept as the app's save does, or the autosave of one
 * session), printing the number of each save once it is done.
 * Usage: save-loop.ts plan|versions|autosave <file-or-data-dir> <first-number>
 * (`versions` keeps them in `<folder of the file>/data`, with the small KILL_TEST_POLICY.)
 */
import path from 'node:path'
import { Autosave } from '../../../electron/main/files/autosave'
import { writePlanFile } from '../../../electron/main/files/plan-files'
import { VersionStore } from '../../../electron/main/files/versions/version-store'

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
/** Few versions kept, so a kill also lands in pruning. */
const KILL_TEST_POLICY = { keepRecent: 4, keepDaily: 2, maxBytes: 8 * 1024 * 1024 }
const versions = new VersionStore(path.join(path.dirname(target), 'data'), KILL_TEST_POLICY)
for (let n = Number(first); ; n++) {
  const next = { ...plan, subject: `Lần lưu ${n}`, preamble: filler }
  const r =
    mode === 'autosave' ? autosave.write('s1', undefined, next) : writePlanFile(target, next)
  const v = mode === 'versions' ? versions.record(target, next) : r
  if (!r.ok || !v.ok) {
    throw new Error(!r.ok ? r.error.message : !v.ok ? v.error.message : '')
  }
  process.stdout.write(`${n}\n`)
}
