// One scripted session, written once in the step table's terms, played through either front
// end: `playInk` presses the keys a person would in the Ink app and waits for each screen;
// `lineSteps` turns it into the line mode's scripted prompts (test/unit/line/script.ts).
import type { render } from 'ink-testing-library';
import { type Answers, EMPTY_ANSWERS, type FieldId, fieldAt, labelOf as questionLabel } from '../../src/session/index.js';
import { STEP_CONTEXT } from './fake-world.js';
import { change, list } from '../../src/ui/messages.js';
import type { Step } from '../unit/line/script.js';
import { KEY, answer, choose, clearInput, inputLine, typeAndWait, waitFor } from '../ui/helpers.js';

export type Move =
  /** A text answer; `prefilled`: the Ink input already holds it (Enter keeps it), the line mode types it. */
  | { readonly text: FieldId; readonly value: string; readonly prefilled?: boolean }
  | { readonly choose: FieldId; readonly value: string }
  | { readonly topics: readonly string[] }
  | { readonly list: 'add' | 'done' }
  /** At the review: change the answer to `step` from `from` (as the review shows it) to `value`. */
  | { readonly change: FieldId; readonly from: string; readonly value: string }
  /** After a changed answer: keep the hand edit of `to`'s note, or take the new text. */
  | { readonly keepEdit: 'keep' | 'new'; readonly to: string }
  /** At the review: copy the first note (confirming the manual checks) and mark it sent. */
  | { readonly copyFirstAndMarkSent: true }
  /**
   * At the review: try to edit the first note, already sent. The review core does not let it be
   * edited: the Ink review answers e with why; the line mode offers no Edit for it, so it has
   * no step here (the test checks what it offered).
   */
  | { readonly editSentFirst: true }
  | { readonly finish: true };

/**
 * The question's label as the session shows it after `moves` (the questions about the recruiter
 * or HR contact name them): only the answers a label reads are replayed.
 */
function labelAfter(step: FieldId, moves: readonly Move[]): string {
  const field = fieldAt({ step, index: 0 });
  if (!field) throw new Error(`no question ${step} in the step table`);
  const named = moves.findLast((move) => 'text' in move && move.text === 'interview.recruiter-name');
  const answers: Answers = { ...EMPTY_ANSWERS, recruiterName: named !== undefined && 'value' in named ? named.value : '' };
  return questionLabel(field, STEP_CONTEXT, answers);
}

function optionLabel(step: FieldId, value: string): string {
  const field = fieldAt({ step, index: 0 });
  if (field?.kind !== 'choice') throw new Error(`${step} is not a choice`);
  const option = field.options.find((o) => o.value === value);
  if (!option) throw new Error(`${step} has no option ${value}`);
  return option.label;
}

type Instance = ReturnType<typeof render>;

export async function playInk(app: Instance, moves: readonly Move[]): Promise<void> {
  for (const [at, move] of moves.entries()) {
    const labelOf = (step: FieldId) => labelAfter(step, moves.slice(0, at));
    if ('text' in move) {
      await waitFor(app, labelOf(move.text));
      if (move.prefilled) {
        await waitFor(app, move.value);
        await typeAndWait(app, KEY.enter);
      } else await answer(app, move.value);
    } else if ('choose' in move) {
      await waitFor(app, labelOf(move.choose));
      await choose(app, optionLabel(move.choose, move.value));
    } else if ('topics' in move) {
      await waitFor(app, labelOf('interviewer.topics'));
      for (const [at, topic] of move.topics.entries()) {
        await answer(app, topic);
        await waitFor(app, `${at + 1}. ${topic}`);
      }
      await answer(app, '');
    } else if ('list' in move) {
      await waitFor(app, list.add);
      await choose(app, move.list === 'add' ? list.add : list.done);
    } else if ('change' in move) {
      await waitFor(app, 'Note 1 of');
      await typeAndWait(app, 'a');
      await waitFor(app, change.question);
      await choose(app, change.entry(labelOf(move.change), move.from));
      await waitFor(app, labelOf(move.change));
      // A Ctrl-U sent before the question's input listens is lost: clear until the old answer is gone.
      for (let tries = 0; inputLine(await clearInput(app)).includes(move.from); tries += 1) {
        if (tries === 20) throw new Error(`${move.change} never cleared; last frame:\n${app.lastFrame()}`);
      }
      await answer(app, move.value);
    } else if ('keepEdit' in move) {
      await waitFor(app, (frame) => frame.includes(`note to ${move.to} by hand`));
      await typeAndWait(app, move.keepEdit === 'keep' ? 'k' : 'n');
    } else if ('copyFirstAndMarkSent' in move) {
      await waitFor(app, 'Note 1 of');
      await waitFor(app, 'The checklist found nothing to fix');
      await typeAndWait(app, 'c');
      await waitFor(app, 'Before your first copy');
      await typeAndWait(app, 'y');
      await waitFor(app, 'Copied to the clipboard');
      await typeAndWait(app, 's');
      await waitFor(app, 'Marked as sent');
    } else if ('editSentFirst' in move) {
      // The review opens on the first note still to send (Sam's); the sent one is a key back.
      await waitFor(app, 'Note 2 of');
      await typeAndWait(app, 'p');
      await waitFor(app, 'Note 1 of');
      await typeAndWait(app, 'e');
      await waitFor(app, 'this text is the record of what went out, so it cannot be edited');
    } else {
      app.stdin.write('q');
    }
  }
}

export function lineSteps(moves: readonly Move[]): Step[] {
  return moves.flatMap((move, at): Step[] => {
    const labelOf = (step: FieldId) => labelAfter(step, moves.slice(0, at));
    if ('text' in move) return [{ text: labelOf(move.text), answer: move.value }];
    if ('choose' in move) return [{ choose: labelOf(move.choose), answer: move.value }];
    if ('topics' in move) {
      const typed = move.topics.map((topic, at): Step => ({ text: `Topic ${at + 1}`, answer: topic }));
      return [...typed, { text: `Topic ${move.topics.length + 1}`, answer: '' }];
    }
    if ('list' in move) return [{ choose: 'What next?', answer: move.list }];
    if ('change' in move) {
      return [
        { choose: 'What next?', answer: 'change' },
        { choose: 'Which answer?', answer: move.change },
        { text: labelOf(move.change), answer: move.value },
      ];
    }
    if ('keepEdit' in move) return [{ choose: 'Keep your edit, or use the new text?', answer: move.keepEdit }];
    if ('copyFirstAndMarkSent' in move) {
      return [
        { choose: 'What next?', answer: 'copy:0' },
        { confirm: 'Are all three true?', answer: true },
        { confirm: 'Mark it as sent', answer: true },
      ];
    }
    if ('editSentFirst' in move) return [];
    return [{ choose: 'What next?', answer: 'finish' }];
  });
}

/** Waits until `test` holds, checking every few milliseconds, up to the patience a loaded machine needs. */
export async function until(test: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}
