// The review screen on its own, as the guided session shows it: a test gives the deps and, where
// it matters, the interview, the size and whether the manual checks are already confirmed; the
// callbacks that leave the screen do nothing.
import { render } from 'ink-testing-library';
import type { ComponentProps } from 'react';
import { ReviewScreen } from '../../src/ui/review/review-screen.js';
import { sampleInterview } from '../helpers/sample-interview.js';

type Props = ComponentProps<typeof ReviewScreen>;

export function renderReview({
  deps,
  interview = sampleInterview(),
  columns = 100,
  rows = 30,
  manualConfirmed = true,
}: Pick<Props, 'deps'> & Partial<Pick<Props, 'interview' | 'columns' | 'rows' | 'manualConfirmed'>>) {
  const noop = () => undefined;
  return render(
    <ReviewScreen
      deps={deps}
      interview={interview}
      purpose="review"
      others={[]}
      columns={columns}
      rows={rows}
      isActive
      manualConfirmed={manualConfirmed}
      onSuspend={noop}
      onChangeAnswers={noop}
      onBack={noop}
      onFinish={noop}
    />,
  );
}
