/**
 * Where a piece of plan text lives, so a fix can change it:
 * - `content` of a body block or căn cứ line, `title` of a section or appendix, `label` of a
 *   group row, `fields.<field>` of a task row, `recipient` text, or the `subject` (no id).
 */
export type TextTarget = {
  readonly id?: string
  readonly field: string
}

/**
 * A safe one-click fix carried by a finding and applied by `applyFix`.
 * - `replace`: put `text` in place of `found` at `[start, end)` of the target's plain text
 *   (refused if the text there is no longer `found`).
 * - `add-recipient`: add a Nơi nhận line (before the archive line).
 */
export type Fix =
  | {
      readonly kind: 'replace'
      readonly target: TextTarget
      readonly start: number
      readonly end: number
      readonly found: string
      readonly text: string
    }
  | { readonly kind: 'add-recipient'; readonly text: string }

/** A replace fix of `found` at `start` in `target`. */
export function replaceFix(target: TextTarget, start: number, found: string, text: string): Fix {
  return { kind: 'replace', target, start, end: start + found.length, found, text }
}
