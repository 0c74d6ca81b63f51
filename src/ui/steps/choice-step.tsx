// A question with fixed answers (format, medium, yes or no), starting on the previous answer.
import type { ReactNode } from 'react';
import type { DateStyle } from '../../model/dates.js';
import { choiceDefault, hintOf, labelOf, type Answers, type ChoiceField } from '../../session/index.js';
import { ChoiceInput } from '../choice-input.js';
import { useKeys } from '../keys/use-keys.js';
import { hints } from '../messages.js';
import { StepFrame } from './step-frame.js';

export interface ChoiceStepProps {
  readonly field: ChoiceField;
  readonly index: number;
  readonly answers: Answers;
  /** For the question's label as this user reads it (labelOf). */
  readonly dateStyle: DateStyle;
  readonly error: string | null;
  readonly header: ReactNode;
  readonly isActive: boolean;
  readonly onSubmit: (value: string) => void;
  readonly onBack: () => void;
}

export function ChoiceStep({ field, index, answers, dateStyle, error, header, isActive, onSubmit, onBack }: ChoiceStepProps) {
  useKeys((_input, key) => key.escape && onBack(), { isActive });
  return (
    <StepFrame
      header={header}
      label={labelOf(field, { dateStyle }, answers)}
      hint={hintOf(field, answers, index)}
      error={error}
      hints={hints.choice}
      prompt={false}
    >
      <ChoiceInput
        options={field.options}
        defaultValue={choiceDefault(field, answers, index)}
        isActive={isActive}
        onSubmit={onSubmit}
      />
    </StepFrame>
  );
}
