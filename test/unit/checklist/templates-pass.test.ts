// Every note the templates write must pass the whole checklist with zero findings: the coach
// must never flag its own words. Runs over the compose samples and the valid interview files,
// each also as it reads later on: with the thank-yous on record (so a follow-up quotes a note of
// a given day, "My earlier note, sent on ..."), with a follow-up call already made (so the
// next call says so), and with a first follow-up e-mail sent (so the follow-up is the second).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor, roleWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { composeNotes, kindsFor } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY, addDays } from '../../../src/model/dates.js';
import { followUpHoldFor } from '../../../src/model/follow-up-window.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { followUpNotBefore, isFollowUp } from '../../../src/model/schedule.js';
import { NOTE_KINDS, type Interview, type IsoDate, type NoteKind } from '../../../src/model/types.js';
import { SAMPLES } from '../compose/samples.js';
import { buildTestWorker } from './worker-build.js';

const FILES = [
  'acme',
  'lumen-health',
  'northwind-bank',
  'kestrel-games',
  'harbor-logistics',
  'brasa',
  'van-der-berg',
  'van-der-berg-via',
  'finance',
];
const fixtures = FILES.map((name): [string, Interview] => {
  const result = parseInterviewText(
    readFileSync(resolve(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8'),
    { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS },
  );
  if (!result.ok) throw new Error(`${name}.json does not parse: ${JSON.stringify(result.problems)}`);
  return [`fixture ${name}`, result.interview];
});
// Someone who reached you by phone and also gave an e-mail address is still answered by phone
// (medium-mismatch): Sam Ortiz of acme.json with an address of his own.
const [, acme] = fixtures[0]!;
fixtures.push([
  "fixture acme, with the caller's e-mail address",
  {
    ...acme,
    interviewers: acme.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, email: 'sam.ortiz@acme.example' } : p)),
  },
]);
/**
 * The notes that go through a go-between open with a line to them (src/model/via.ts), in every
 * tone and for every kind that can go that way: thank-yous, follow-ups, and the notes after a no.
 */
const throughGoBetween = fixtures
  .filter(([, interview]) => interview.via !== undefined)
  .flatMap(
    ([name, interview]): Array<[string, Interview]> =>
      (['warm', 'formal', 'brief'] as const).flatMap(
        (tone): Array<[string, Interview]> => [
          [`${name}, ${tone}, every note via`, { ...interview, tone, via: { name: interview.via!.name, notes: 'all' } }],
          [
            `${name}, ${tone}, not selected`,
            { ...interview, tone, status: 'not-selected', statusOn: addDays(interview.date, 5) },
          ],
        ],
      ),
  );
/**
 * The reply to a recruiter off the panel who told of the no (finance.json: Ellen Marsh), in every
 * tone: by e-mail, as a call script when only her number is known, and after she passed the thanks on.
 */
const finance = fixtures.find(([name]) => name === 'fixture finance')![1];
const tellers = (['warm', 'formal', 'brief'] as const).flatMap(
  (tone): Array<[string, Interview]> => [
    [`finance, ${tone}, teller by e-mail`, { ...finance, tone }],
    [`finance, ${tone}, teller by phone`, { ...finance, tone, recruiter: { name: 'Ellen Marsh', phone: '+1 646 555 0101' } }],
    [`finance, ${tone}, teller passed the thanks on`, { ...finance, tone, via: { name: 'Ellen Marsh', notes: 'all' } }],
  ],
);
const fresh: Array<[string, Interview]> = [
  ...Object.entries(SAMPLES).map(([name, interview]): [string, Interview] => [`sample ${name}`, interview]),
  ...fixtures,
  ...throughGoBetween,
  ...tellers,
];

/** The interview once each interviewer has had the thank-you, and a caller a first follow-up call. */
function later(interview: Interview): Interview {
  const at = (day: string) => `${day}T17:00:00.000Z`;
  const sent = interview.interviewers.flatMap((person) => [
    { kind: 'thank-you' as const, to: person.name, at: at(interview.date) },
    ...(person.medium === 'phone' ? [{ kind: 'voicemail' as const, to: person.name, at: at(addDays(interview.date, 10)) }] : []),
  ]);
  return { ...interview, sent: [...interview.sent, ...sent] };
}

/** Later still: each e-mail writer had a first follow-up two weeks on, so theirs is now the second. */
function muchLater(interview: Interview): Interview {
  const at = `${addDays(interview.date, 14)}T17:00:00.000Z`;
  const sent = interview.interviewers
    .filter((person) => person.medium === 'email')
    .map((person) => ({ kind: 'follow-up' as const, to: person.name, at }));
  const base = later(interview);
  return { ...base, sent: [...base.sent, ...sent] };
}

/** Each interview as it reads, and the day its notes are written (null: a test that states no clock). */
const interviews: Array<[string, Interview, IsoDate | null]> = fresh.flatMap(
  ([name, interview]): Array<[string, Interview, IsoDate | null]> => [
    [name, interview, null],
    [`${name}, later`, later(interview), null],
    [`${name}, after a first follow-up`, muchLater(interview), addDays(interview.date, 40)],
  ],
);

/**
 * A day on which sending this kind to `to` is right, so the timing rules have no reason to speak:
 * a follow-up waits as long as that person's own window (a second call, longer than the others').
 */
function fittingNow(interview: Interview, kind: NoteKind, to: string): Date {
  const person = interview.interviewers.find((one) => one.name === to);
  const day =
    // While they decide, the call to someone who phoned is the follow-up too, and waits as long.
    isFollowUp(interview, kind)
      ? person === undefined
        ? followUpNotBefore(interview, WEEKENDS_ONLY)
        : followUpHoldFor(interview, person, WEEKENDS_ONLY).notBefore
      : kind === 'thank-you'
        ? interview.date
        : addDays(interview.date, 1);
  return new Date(`${day}T12:00:00`);
}

function composed(interview: Interview, kind: NoteKind, today: IsoDate | null) {
  try {
    return composeNotes(interview, kind, { dateStyle: { ...US_WITH_YEARS, today } });
  } catch {
    return [];
  }
}

const cases = interviews.flatMap(([name, interview, today]) =>
  NOTE_KINDS.filter((kind) => kindsFor(interview).includes(kind) || kind === 'stay-in-touch').flatMap((kind) => {
    const notes = composed(interview, kind, today);
    return notes.map((note) => {
      const context: CheckContext = {
        interview,
        kind,
        to: note.to,
        now: fittingNow(interview, kind, note.to),
        siblings: notes.filter((other) => other !== note),
      };
      return { label: `${name}: ${kind} to ${note.to}`, note, context };
    });
  }),
);

let spell: SpellChecker;
beforeAll(async () => {
  spell = startSpellChecker({ workerUrl: await buildTestWorker() });
  await spell.ready;
}, 60_000);
afterAll(() => spell?.close());

describe('every composed note passes the checklist', () => {
  it('covers every kind over many interviews', () => {
    expect(new Set(cases.map((c) => c.context.kind))).toEqual(new Set(NOTE_KINDS));
    expect(cases.length).toBeGreaterThan(40);
  });

  it('covers the second follow-up, written after a first went to the same person', () => {
    const seconds = cases.filter(({ note }) => note.kind === 'follow-up' && note.follows !== undefined);
    expect(seconds.length).toBeGreaterThanOrEqual(fresh.length);
  });

  it('checks notes that go through a go-between, cover line and all, of every kind that can', () => {
    const via = cases.filter((c) => c.note.via !== undefined);
    expect(new Set(via.map((c) => c.context.kind))).toEqual(new Set(['thank-you', 'follow-up', 'not-selected', 'stay-in-touch']));
    expect(via.every((c) => c.note.body.startsWith(`${c.note.via!.cover}\n\n`))).toBe(true);
  });

  it('writes no e-mail follow-up to someone who only used the phone (medium-mismatch has nothing to flag)', () => {
    const phoned = cases.filter(({ context }) => {
      const person = context.interview?.interviewers.find((p) => p.name === context.to);
      return context.kind === 'follow-up' && person?.medium === 'phone';
    });
    expect(phoned.map((c) => c.label)).toEqual([]);
  });

  it('answers a caller who also gave an e-mail address by phone: the thank-you is a call, the follow-up a voicemail', () => {
    const sam = cases.filter(
      ({ label, context }) => label.includes("caller's e-mail") && context.to === 'Sam Ortiz' && context.kind !== 'stay-in-touch',
    );
    expect(new Set(sam.map((c) => c.context.kind))).toEqual(new Set(['thank-you', 'voicemail']));
    expect(sam.filter((c) => !c.note.subject.startsWith('Thank-you call') && c.context.kind === 'thank-you')).toEqual([]);
  });

  it.each(cases)('$label', async ({ note, context }) => {
    const sync = checkNote(note, context);
    const spelled = await spell.lint(
      `${note.subject.trim() === '' ? '' : `Subject: ${note.subject}\n\n`}${note.body}`,
      knownWordsFor(context),
      { typed: typedWordsFor(context), role: roleWordsFor(context) },
    );
    const lines = `Subject: ${note.subject}\n\n${note.body}`.split('\n');
    // Harper reads the stop of "Brasa & Co." as a sentence's end and flags the word after it: the
    // checklist's abbreviations to learn, as test/unit/compose/every-note.test.ts says.
    const findings = mergeFindings(sync, spelled).filter((f) => !afterAbbreviation(lines[f.line - 1] ?? '', f));
    // Listed with place and excerpt first, so a failure shows exactly what tripped.
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.excerpt}`)).toEqual([]);
  });
});

/** Abbreviations whose stop ends no sentence ("Brasa & Co. is", "2 a.m. labor"). */
const ABBREVIATION = /(?:\b\p{L}\.\p{L}|\b(?:Co|Inc|Ltd|Dr|Mr|Mrs|Ms|Prof|St|vs|etc|No))\.$/u;

function afterAbbreviation(line: string, finding: { readonly rule: string; readonly column: number }): boolean {
  return finding.rule === 'grammar' && ABBREVIATION.test(line.slice(0, finding.column - 1).trimEnd());
}
