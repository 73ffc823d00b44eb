import { seed000 } from './000'
import { seed001 } from './001'
import { seed002 } from './002'
import { seed003 } from './003'
import { seed004 } from './004'
import type { SeedOverride } from './types'

/** The overrides of all sample seeds, in file order. */
export const OVERRIDES: readonly SeedOverride[] = [seed000, seed001, seed002, seed003, seed004]
