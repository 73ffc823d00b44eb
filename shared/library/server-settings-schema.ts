import { z } from 'zod'

/** Validates shared-library settings, from the renderer (IPC) or from the settings file. */
export const serverSettingsSchema = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  tls: z.enum(['prefer', 'require', 'off']),
})
