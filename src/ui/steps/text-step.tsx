// A text question from the step table. The preview ("→ Friday, December 4") follows every keystroke.
import { useCallback, useState, type ReactNode } from 'react';
import type { Answers, SessionContext, TextField } from '../../session/index.js';
import { hintOf, labelOf, tidy } from '../../session/index.js';
import { useKeys } from '../keys/use-keys.js';
import { hints } from '../messages.js';
import { TextInput } from '../text-input/text-input.js';
import { StepFrame } from './step-frame.js';

export interface TextStepProps {
  readonly field: TextField;
  readonly index: number;
  readonly answers: Answers;
  readonly context: SessionContext;
  readonly error: string | null;
  readonly header: ReactNode;
  readonly isActive: boolean;
  readonly onSubmit: (value: string) => void;
  /** Goes back; `typed` is the text as it stands when it differs from the saved answer. */
  readonly onBack: (typed?: string) => void;
}

export function TextStep({ field, index, answers, context, error, header, isActive, onSubmit, onBack }: TextStepProps) {
  const initial = field.read(answers, index);
  const [value, setValue] = useState(initial);
  const preview = field.preview?.(tidy(value), answers, context, index);
  // Esc keeps what was typed (unchecked, as a draft would): it is checked when next submitted.
  useKeys((_input, key) => key.escape && onBack(value === initial ? undefined : value), { isActive });
  const change = useCallback((next: string) => setValue(next), []);
  // What to type instead is about the answer submitted: once the answer is changed, it goes.
  const [submitted, setSubmitted] = useState<string | null>(null);
  const submit = useCallback(
    (text: string) => {
      setSubmitted(text);
      onSubmit(text);
    },
    [onSubmit],
  );
  const shown = submitted === null || submitted === value ? error : null;
  return (
    <StepFrame
      header={header}
      label={labelOf(field, context, answers)}
      hint={hintOf(field, answers, index)}
      preview={preview}
      error={shown}
      hints={hints.text}
    >
      <TextInput defaultValue={initial} isActive={isActive} onChange={change} onSubmit={submit} />
    </StepFrame>
  );
}
