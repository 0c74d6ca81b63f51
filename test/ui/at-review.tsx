// The guided session resumed at the review of test/support/store-at-review.ts (Priya's
// thank-you edited by hand, Sam's sent), with the first note on screen.
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/app.js';
import { storeAtReview } from '../support/store-at-review.js';
import { expect } from 'vitest';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, answer, clearInput, inputLine, typeAndWait, waitFor } from './helpers.js';

export async function resumedAtReview() {
  const { deps, saved } = await storeAtReview();
  const app = render(<App deps={deps} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  const first = await waitFor(app, 'Note 1 of 2');
  return { app, saved, first };
}

/** From the first note to Sam's, the second: a thank-you call, as he spoke to the candidate by phone. */
export async function toSamsNote(app: ReturnType<typeof render>): Promise<string> {
  await typeAndWait(app, KEY.right);
  return waitFor(app, 'Note 2 of 2 · Thank-you call to Sam Ortiz');
}

/** From the review: change the role to `role`. */
export async function changeRole(app: ReturnType<typeof render>, role: string) {
  await typeAndWait(app, 'a');
  await waitFor(app, 'Which answer do you want to change?');
  // Down to "Role" (Your name, e-mail, phone, signature, resume, company, role).
  for (let i = 0; i < 6; i += 1) await typeAndWait(app, KEY.down);
  const old = sampleInterview().role;
  await typeAndWait(app, KEY.enter);
  await waitFor(app, old);
  expect(inputLine(await clearInput(app))).not.toContain(old);
  await answer(app, role);
}
