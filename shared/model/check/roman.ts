const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 }

/** The value of a Roman numeral up to XXXIX (`IV` → 4); 0 for anything else. */
export function fromRoman(text: string): number {
  let total = 0
  for (let i = 0; i < text.length; i += 1) {
    const value = VALUES[text[i] ?? ''] ?? NaN
    const next = VALUES[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return Number.isNaN(total) ? 0 : total
}
