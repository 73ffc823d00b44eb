import { z } from 'zod'

/** Shape of a clause edit from the renderer; the fragment itself is checked by the store. */
export const patchSchema = z.object({
  fragment: z.unknown().optional(),
  tags: z
    .object({
      papi: z.string().max(16).optional(),
      cchc: z.string().max(16).optional(),
      section: z.enum(['purpose', 'tasks', 'extra', 'organization']).optional(),
    })
    .optional(),
  status: z.enum(['approved', 'harvested']).optional(),
})
