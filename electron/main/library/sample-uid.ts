import { createHash } from 'node:crypto'

/** The namespace of sample-clause uids (a random v4 UUID fixed once; never change it). */
const SAMPLE_NAMESPACE = '5b0f6d2e-3c1a-4e8b-9f37-0d6a2c41b7e9'

/** A name-based (version 5, SHA-1) UUID of `name` in namespace `namespace` (RFC 9562 §5.5). */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The uid of a clause seeded from a sample plan: the same on every PC (sample file, kind, text
 * and which occurrence of that text it is), so ten PCs seeding the same samples hold the same ten
 * copies of one clause, not ten different clauses, and an edit of a sample made on one PC
 * replaces the unedited copy on the others.
 */
export function sampleUid(file: string, kind: string, text: string, occurrence: number): string {
  return uuidV5(`${file}\u0000${kind}\u0000${text}\u0000${occurrence}`, SAMPLE_NAMESPACE)
}
