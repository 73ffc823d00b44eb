import { useCallback, useState, type ReactNode } from 'react'
import { Modal } from './Modal'
import type { Ask, Question } from './questions'

type Pending = {
  readonly id: number
  readonly question: Question<string>
  readonly resolve: (value: string) => void
}

let nextId = 0

/**
 * The app's questions, one at a time: `ask` shows a question and resolves with the clerk's
 * answer; `dialog` is what the shell renders for the open one.
 */
export function useQuestions(): { ask: Ask; dialog: ReactNode } {
  const [pending, setPending] = useState<readonly Pending[]>([])
  const ask = useCallback<Ask>(
    <T extends string>(question: Question<T>) =>
      new Promise<T>(resolve => {
        const entry: Pending = { id: (nextId += 1), question, resolve: v => resolve(v as T) }
        setPending(list => [...list, entry])
      }),
    []
  )
  const current = pending[0]
  const answer = (value: string) => {
    if (current) {
      setPending(list => list.slice(1))
      current.resolve(value)
    }
  }
  return {
    ask,
    dialog: current && (
      <QuestionDialog key={current.id} question={current.question} onAnswer={answer} />
    ),
  }
}

/** One question: its message and a button per answer; Escape gives the question's cancel answer. */
function QuestionDialog(props: { question: Question<string>; onAnswer: (value: string) => void }) {
  const { question, onAnswer } = props
  return (
    <Modal label={question.title} onCancel={() => onAnswer(question.cancel)} testId="question">
      <div className="modal">
        <h2>{question.title}</h2>
        <p data-testid="question-message">{question.message}</p>
        <div className="modal-actions">
          {question.answers.map((a, i) => (
            <button
              key={a.value}
              type="button"
              autoFocus={i === 0}
              data-testid={`answer-${a.value}`}
              onClick={() => onAnswer(a.value)}
            >
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </Modal>
  )
}
