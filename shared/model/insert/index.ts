/** Plan transforms that insert library clauses (one per file); the body's own go through the editor. */
export { withFreshIds } from './with-fresh-ids'
export { appendTaskRow } from './append-task-row'
export { appendRecipient } from './append-recipient'
export { appendBasis } from './append-basis'
export { insertExtraSection } from './insert-extra-section'
