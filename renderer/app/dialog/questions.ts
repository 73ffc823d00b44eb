/** One answer button of a question: its label and the value the question resolves to. */
export type Answer<T extends string> = { readonly value: T; readonly label: string }

/** A question for the clerk in the app's own dialog (never the browser's OK/Cancel). */
export type Question<T extends string> = {
  readonly title: string
  readonly message: string
  /** The buttons, left to right; the first is the default and takes the focus. */
  readonly answers: readonly Answer<T>[]
  /** What Escape answers. */
  readonly cancel: T
}

/** Shows a question and resolves with the answer's value. */
export type Ask = <T extends string>(question: Question<T>) => Promise<T>

/** What the clerk chose when the open plan has unsaved changes. */
export type UnsavedAnswer = 'save' | 'discard' | 'cancel'

/**
 * "Lưu / Không lưu / Hủy", as Word asks before a plan with unsaved changes is closed or replaced;
 * `fileName` is the plan's file, if it has one.
 */
export function unsavedQuestion(fileName: string | undefined): Question<UnsavedAnswer> {
  return {
    title: 'Thay đổi chưa lưu',
    message: `${fileName ? `Kế hoạch “${fileName}”` : 'Kế hoạch này'} có thay đổi chưa lưu. Lưu lại trước khi đóng?`,
    answers: [
      { value: 'save', label: 'Lưu' },
      { value: 'discard', label: 'Không lưu' },
      { value: 'cancel', label: 'Hủy' },
    ],
    cancel: 'cancel',
  }
}

/** A yes/no question with Vietnamese buttons ("Đồng ý" / "Hủy"). */
export function yesNoQuestion(message: string): Question<'yes' | 'no'> {
  return {
    title: 'Soạn Kế hoạch',
    message,
    answers: [
      { value: 'yes', label: 'Đồng ý' },
      { value: 'no', label: 'Hủy' },
    ],
    cancel: 'no',
  }
}
