import { err, type Result } from '../../../shared/result'
import { importParts, type DocxParts } from '../../../shared/import/import-parts'
import type { ImportReport } from '../../../shared/import/report'
import type { XmlElement } from '../../../shared/import/xml-node'
import type { Plan } from '../../../shared/model/types'
import { sniffDocx } from './sniff'
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from './zip-read'
import { parseXml, XmlRefused } from './xml-parse'

/** Options of an import: zip limits (tests lower them). */
export type ImportOptions = { readonly limits?: ZipLimits }

/** A successful import: the plan and what was done. */
export type ImportOutcome = { readonly plan: Plan; readonly report: ImportReport }

function part(zip: ZipArchive, name: string): Result<XmlElement | undefined> {
  const bytes = zip.read(name)
  if (bytes === undefined) {
    return { ok: true, value: undefined }
  }
  if (!bytes.ok) {
    return bytes
  }
  try {
    return { ok: true, value: parseXml(new TextDecoder('utf-8').decode(bytes.value)) }
  } catch (error) {
    if (error instanceof XmlRefused) {
      return err('bad-xml', `Tệp .docx có nội dung XML không hợp lệ hoặc không an toàn (${name}).`)
    }
    throw error
  }
}

/**
 * Imports a .docx held in memory: checks it is a zip (not an old .doc or a password-protected
 * file), unzips within size limits, parses the XML parts without entities, and maps them onto a
 * plan that passes `restorePlan` without repairs.
 */
export async function importDocx(
  bytes: Uint8Array,
  options: ImportOptions = {}
): Promise<Result<ImportOutcome>> {
  const sniff = sniffDocx(bytes)
  if (!sniff.ok) {
    return sniff
  }
  const zip = openZip(bytes, options.limits ?? DEFAULT_ZIP_LIMITS)
  if (!zip.ok) {
    return zip
  }
  if (!zip.value.names.includes('word/document.xml')) {
    return err('not-docx', 'Tệp này không phải tệp .docx (không có word/document.xml).')
  }
  const read: Partial<Record<keyof DocxParts, XmlElement>> = {}
  const names = {
    document: 'document',
    styles: 'styles',
    numbering: 'numbering',
    footnotes: 'footnotes',
  } as const
  for (const key of Object.keys(names) as (keyof DocxParts)[]) {
    const r = part(zip.value, `word/${names[key]}.xml`)
    if (!r.ok) {
      return r
    }
    if (r.value) {
      read[key] = r.value
    }
  }
  if (!read.document) {
    return err('not-docx', 'Tệp này không phải tệp .docx.')
  }
  return importParts({ ...read, document: read.document })
}
