/** Creates a short random id for a model node (unique within a plan with overwhelming probability). */
export function newId(): string {
  const bytes = new Uint8Array(9)
  globalThis.crypto.getRandomValues(bytes)
  let out = ''
  for (const b of bytes) {
    out += ALPHABET[b & 63]
  }
  return out
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
