import { describe, expect, it } from 'vitest'
import { importDocx } from '../../electron/main/import/import-docx'
import { handMadeDocx } from '../electron/import/fixtures'
import { isClean, mutant } from './docx-mutants'

const CASES = 300

describe('seeded fuzz: mutated .docx files', () => {
  it(`${CASES} mutants each end in a plan or a Vietnamese refusal, never an exception`, async () => {
    const base = await handMadeDocx()
    const unclean: string[] = []
    let refused = 0
    for (let n = 0; n < CASES; n++) {
      const bytes = await mutant(base, n)
      try {
        const r = await importDocx(bytes)
        refused += r.ok ? 0 : 1
        if (!isClean(r)) {
          unclean.push(`#${n}: ${r.ok ? '' : `${r.error.code} ${r.error.message}`}`)
        }
      } catch (error) {
        unclean.push(`#${n}: threw ${(error as Error).message}`)
      }
    }
    expect(unclean).toEqual([])
    // The mutants are not all harmless: many must be refused, or the fuzzer tests nothing.
    expect(refused).toBeGreaterThan(CASES / 4)
  })
})
