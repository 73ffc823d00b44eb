import type { Item } from './types'

/** A piece of inline content: a text run (maybe bold) or an inline object such as a footnote. */
type InlineLike = { readonly text?: string; readonly bold?: boolean; readonly type?: string }

/**
 * Whether every character of the content is bold (and there is some): a line the clerk made a
 * heading by bolding it, as in Word.
 */
export function allTextBold(content: readonly InlineLike[]): boolean {
  const texts = content.filter(run => typeof run.text === 'string' && run.text.trim() !== '')
  return texts.length > 0 && texts.every(run => run.bold === true)
}

/**
 * A title item (`1. Mục đích`, `2. Công khai, minh bạch`): its number is bold and it is kept on
 * the page of what follows. Either marked as such (samples, templates, imports), or typed by the
 * clerk with its whole text in bold.
 */
export function isTitleItem(item: Pick<Item, 'heading' | 'content'>): boolean {
  return item.heading === true || allTextBold(item.content)
}
