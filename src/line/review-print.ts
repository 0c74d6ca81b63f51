// What the line review prints: every note with its subject, body and findings, and the
// schedule, from the review core's state (src/session/review/).
import { noteLabel } from '../model/note-kinds.js';
import { type DateStyle, formatDay } from '../model/dates.js';
import { dayOf } from '../model/sent-log.js';
import { isSpoken } from '../model/spoken.js';
import type { AddressHelp } from '../model/contact-schedule.js';
import type { Finding, Interview, SentEntry } from '../model/types.js';
import {
  addressHelp,
  countBySeverity,
  lastSent,
  type ReviewNote,
  type ReviewState,
  reviewMessages,
  sentLog,
} from '../session/review/index.js';
import { messages } from './messages.js';
import { groupByPlace } from '../checklist/places.js';
import type { Prompter } from './prompter.js';
import { shownRecipient } from '../model/via.js';

const { line: words } = reviewMessages;

/** Where the review prints, and how it writes a day. */
export interface Printer {
  readonly prompter: Prompter;
  readonly dateStyle: DateStyle;
}

export function printAll(state: ReviewState, interview: Interview, printer: Printer): void {
  const notes = state.notes ?? [];
  printer.prompter.print(messages.section(words.reviewTitle(notes.length, interview.id)));
  notes.forEach((item, i) => {
    printNote(item, i, notes.length, sentLog(interview, state.marked), printer, addressHelp(item, notes));
  });
  printSchedule(state.schedule, printer.prompter);
}

export function printSchedule(schedule: readonly string[], prompter: Prompter): void {
  if (schedule.length === 0) return;
  prompter.print(`\n${words.schedule}`);
  for (const line of schedule) prompter.print(words.scheduleLine(line));
}

/** `ask`: who the contact request asks for missing addresses, if one is among the notes, or why nobody is asked. */
export function printNote(
  { note, findings }: ReviewNote,
  index: number,
  total: number,
  sent: readonly SentEntry[],
  { prompter, dateStyle }: Printer,
  ask: AddressHelp = null,
): void {
  const spoken = isSpoken(note);
  prompter.print(words.noteHeading(index + 1, total, noteLabel(note.kind, spoken), shownRecipient(note), note.address, spoken));
  const last = lastSent(sent, note);
  if (last) prompter.print(words.alreadySent(formatDay(dayOf(last.at), dateStyle), spoken));
  else if (!note.address) prompter.print(words.noAddressAdvice(spoken, ask));
  else if (note.noEarlierNote === true) prompter.print(words.noEarlierNoteAdvice(note.to));
  // A call script's subject is its title: nothing is typed into a subject field.
  if (note.subject !== '') prompter.print(spoken ? words.scriptTitle(note.subject) : words.subject(note.subject));
  if (note.attachments.length > 0) prompter.print(words.attachments(note.attachments));
  prompter.print('');
  prompter.print(note.body.replace(/\n+$/, ''));
  prompter.print('');
  printFindings(findings ?? [], prompter);
}

function printFindings(findings: readonly Finding[], prompter: Prompter): void {
  if (findings.length === 0) {
    prompter.print(words.clean);
    return;
  }
  const { errors, warnings, infos } = countBySeverity(findings);
  prompter.print(words.findingsTitle(errors, warnings, infos));
  for (const place of groupByPlace(findings)) {
    if (place.findings.length === 1) {
      const f = place.findings[0]!;
      prompter.print(words.finding(f.severity, f.rule, f.line, f.column, f.message));
      continue;
    }
    // Several findings at one place (src/checklist/places.ts): the place once, then each rule.
    prompter.print(
      words.place(
        place.line,
        place.column,
        place.excerpt,
        place.findings.map((f) => f.rule),
      ),
    );
    for (const f of place.findings) prompter.print(words.ofRule(f.severity, f.rule, f.message));
  }
}

/** What the last action came to, for the statuses the line mode reports on their own. */
export function printStatus(state: ReviewState, prompter: Prompter): void {
  const { status } = state;
  if (status.kind === 'calendar') prompter.print(words.calendar(status.path, status.count));
  else if (status.kind === 'calendar-failed') prompter.print(words.calendarFailed(status.problem));
}
