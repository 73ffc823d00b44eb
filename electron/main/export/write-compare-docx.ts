import { Packer } from 'docx'
import type { CompareCounts } from '../../../shared/lineage/compare'
import { buildTrackedDocument } from '../../../shared/lineage/compare/tracked-document'
import type { Plan } from '../../../shared/model/types'
import { writeFileAtomic } from '../files/atomic-write'

/** What a tracked-changes export wrote. */
export type CompareDocxResult = {
  readonly path: string
  readonly bytes: number
  readonly counts: CompareCounts
}

/**
 * Writes the newer plan as a .docx with its differences from the older plan as tracked changes
 * by `author`, dated now; atomically, like every export.
 */
export async function exportCompareDocx(
  older: Plan,
  newer: Plan,
  author: string,
  path: string,
  now: Date = new Date()
): Promise<CompareDocxResult> {
  // Word reads revision dates without milliseconds.
  const date = now.toISOString().replace(/\.\d{3}Z$/u, 'Z')
  const { document, comparison } = buildTrackedDocument(older, newer, { author, date })
  const buffer = await Packer.toBuffer(document)
  writeFileAtomic(path, buffer)
  return { path, bytes: buffer.length, counts: comparison.counts }
}
