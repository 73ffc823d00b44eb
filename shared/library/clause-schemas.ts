import { z } from 'zod'
import { fragmentSchema } from './fragment-schema'
import type { ClauseDraft, ClausePatch } from './types'

/**
 * Structural schemas of clauses arriving from outside main: a draft or an edit from the renderer,
 * a clause in an exchange file. The store still refuses a fragment without text.
 */

const kind = z.enum(['paragraph', 'item', 'task-row', 'recipient', 'basis', 'section-heading'])
const status = z.enum(['approved', 'harvested'])
const section = z.enum(['purpose', 'tasks', 'extra', 'organization'])

/** The fields of a clause draft, each checked on its own (see `clauseDraftSchema`). */
export const clauseDraftFields = z.object({
  kind,
  fragment: fragmentSchema,
  text: z.string(),
  tags: z.object({
    papi: z.string().optional(),
    cchc: z.string().optional(),
    section: section.optional(),
  }),
  source: z.object({
    title: z.string().optional(),
    issuer: z.string().optional(),
    level: z.enum(['tinh', 'huyen', 'xa']).optional(),
    year: z.number().int().optional(),
    file: z.string().optional(),
  }),
  status: status.optional(),
})

/** A clause draft from the renderer ("Lưu vào thư viện"): its kind is its fragment's kind. */
export const clauseDraftSchema: z.ZodType<ClauseDraft> = clauseDraftFields.refine(
  draft => draft.fragment.kind === draft.kind,
  { message: 'the clause kind differs from its fragment kind' }
)

/** An edit of a stored clause from the renderer: a new fragment, tags or status. */
export const clausePatchSchema: z.ZodType<ClausePatch> = z.object({
  fragment: fragmentSchema.optional(),
  tags: z
    .object({
      papi: z.string().max(16).optional(),
      cchc: z.string().max(16).optional(),
      section: section.optional(),
    })
    .optional(),
  status: status.optional(),
})
