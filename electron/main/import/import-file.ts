import type { Result } from '../../../shared/result'
import { importDoc } from './import-doc'
import { importDocx, type ImportOutcome } from './import-docx'
import { importPdf } from './import-pdf'
import { sniffFormat } from './sniff'

/**
 * Imports a plan held in memory from whichever format its bytes show: .docx, .doc (Word 97–2003)
 * or a text PDF. Each reader refuses damaged or hostile input with a Vietnamese message.
 */
export async function importPlanFile(bytes: Uint8Array): Promise<Result<ImportOutcome>> {
  const format = sniffFormat(bytes)
  if (!format.ok) {
    return format
  }
  switch (format.value) {
    case 'doc':
      return importDoc(bytes)
    case 'pdf':
      return importPdf(bytes)
    default:
      return importDocx(bytes)
  }
}
