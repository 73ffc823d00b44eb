/**
 * Former home of `Result`, now `shared/result.ts`. Kept only for the Word-import files that other
 * branches are editing (zip-read, sniff, import-worker, harvest-folder, shared/import/import-parts):
 * switch their imports to `shared/result` once those branches are merged, then delete this file.
 */
export { err, ok, type AppError, type Result } from '../result'
