/** An expected failure, carried as a value: a stable code and a Vietnamese message for the clerk. */
export type AppError = { readonly code: string; readonly message: string }

/** The outcome of an operation that can fail in expected ways (file locked, bad file, …). */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError }

/** Wraps a success value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Wraps an expected failure. */
export function err<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
