import { useState } from 'react';

interface ConfirmButtonProps {
  /** The button's text, e.g. "Reset this lesson". */
  label: string;
  /** The question asked before acting. */
  question: string;
  /** Text of the button that confirms. */
  confirmLabel: string;
  onConfirm(): void;
}

/** A destructive action that asks first, in the page rather than in a blocking dialog. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="quiz-secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span>{question}</span>{' '}
      <button
        type="button"
        className="quiz-danger"
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="quiz-secondary" onClick={() => setAsking(false)} autoFocus>
        Cancel
      </button>
    </span>
  );
}
