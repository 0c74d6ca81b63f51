// What the Ink session keeps in the scrollback (<Static>, which cannot be taken back) and what
// it still draws as part of the live frame. A section's recap ("✓ About you: ...") is final only
// once the review is reached: before that, Esc can go back into the section, and a recap already
// printed would stay on screen above a section that is open again, with answers it may no longer
// hold (a new user's trial). So the recaps of the sections behind the question asked are drawn
// with the question, from the answers as they stand, and go to the scrollback at the review.
// The line mode prints the log as it grows (a transcript), recaps included.
import type { DateStyle } from '../model/dates.js';
import { sectionOf } from './guide.js';
import type { GuideState } from './guide-state.js';
import { sections } from './messages.js';
import { answeredSummaries, SECTION_ORDER } from './summary.js';

export interface Scrollback {
  /** Lines printed for good, oldest first; only ever added to. */
  readonly written: readonly string[];
  /** How many lines of the state's log have been looked at. */
  readonly taken: number;
}

export const emptyScrollback: Scrollback = { written: [], taken: 0 };

const RECAP_STARTS = SECTION_ORDER.map((section) => `✓ ${sections[section]}: `);

/** The start a section's recap has ("✓ About you: "), or undefined for a line of news. */
const recapStart = (line: string) => RECAP_STARTS.find((start) => line.startsWith(start));

/** A line of the log that recaps a section (src/session/summary.ts) rather than telling news. */
export function isSectionRecap(line: string): boolean {
  return recapStart(line) !== undefined;
}

/**
 * The scrollback after `state` is drawn, and the recaps still open (drawn above the question):
 * the log's other lines go to the scrollback as they come; at the review, the recaps too. Only
 * sections the log recaps (left forwards, or answered before a resume) are recapped: an
 * interview opened from home goes to its review with none.
 */
export function nextScrollback(
  previous: Scrollback,
  state: GuideState,
  style: DateStyle,
): { readonly scrollback: Scrollback; readonly open: readonly string[] } {
  const written = [...previous.written];
  for (const line of state.log.slice(previous.taken)) if (!isSectionRecap(line)) written.push(line);
  const logged = new Set(state.log.map(recapStart));
  const recaps = state.screen === 'questions' ? answeredSummaries(sectionOf(state.session.position), state.session, style) : [];
  // Shown once: a recap the scrollback holds already (an answer changed from the review) is not repeated.
  const open = recaps.filter((line) => logged.has(recapStart(line)) && !written.includes(line));
  const final = state.screen === 'questions' && state.session.position.step === 'review';
  if (final) written.push(...open);
  const changed = written.length !== previous.written.length || state.log.length !== previous.taken;
  const scrollback = changed ? { written, taken: state.log.length } : previous;
  return { scrollback, open: final ? [] : open };
}
