import { Packer, type Document } from 'docx'
import { buildDocument } from '../../../shared/docx/build-document'
import type { Plan } from '../../../shared/model/types'

/** A plan exported to .docx bytes, as the app writes it. */
export async function planDocx(plan: Plan): Promise<Uint8Array> {
  return docBytes(buildDocument(plan))
}

/** A docx Document packed to bytes. */
export async function docBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc))
}
