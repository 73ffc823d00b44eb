const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * Creates a short random id for a model node. Ids only need to be unique within one plan
 * (restore re-issues duplicates), so 12 characters of Math.random are plenty.
 */
export function newId(): string {
  let out = ''
  for (let i = 0; i < 12; i += 1) {
    out += ALPHABET[Math.floor(Math.random() * 64)]
  }
  return out
}
