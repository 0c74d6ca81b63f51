// A note that says the same thing twice reads as filled in, not written, and two people on one
// panel who compare notes must not find the same sentence. This renders every e-mail template
// this layer writes (thank-you, follow-up and the second one, not-selected, stay-in-touch) in every tone, over the
// sample interview files, the compose samples and generated panels of one to five, with every
// combination of the optional answers (a personal detail, an addition, a strength, a resume, a
// second round with everyone met before), and fails on:
//
// - a phrase of four or more words that one note uses twice. Words are compared in lower case
//   within a sentence (a phrase does not run across a full stop); the earlier note a follow-up
//   quotes, the greeting, the sign-off and the signature are not the note's own words. What the
//   candidate typed, and the company and role, are each one placeholder word, so "the {role} role
//   at {company}" said twice counts, while a topic that happens to share words with the detail
//   does not.
// - thanks for the reader's time given twice, in any words ("Thank you for taking the time ..."
//   and "Thank you again for your time."): the panel's own example of a note that repeats itself.
//   A sentence that thanks (thank, grateful, appreciate, valued) and names time counts once.
// - a word that singles one thing out ("in particular", "especially") used twice, and "role" (or
//   "position") three times in two sentences in a row.
// - a sentence that two interviewers of one interview both get, however short: colleagues compare
//   notes, and "I hope you are well." in each of theirs reads as a form letter. Nor may two of
//   them share a courtesy in other words: a clause of four words or more that names nothing from
//   the interview, compared without its intensifiers ("It was a real pleasure to meet you." and
//   "It was a pleasure to meet you, and I appreciated ..."; "Thank you for your time and
//   consideration." and "Thank you for your time.").
//
// Phone notes (call scripts) and the contact request are other templates' work and are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { companyInSentence } from '../../../src/compose/words.js';
import { greetingOf } from '../../../src/model/greeting.js';
import { addDays, US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { TONES, type Interview, type Interviewer, type IsoDate, type Note, type NoteKind } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';
import { SAMPLES } from './samples.js';

const { composeNotes, kindsFor } = createComposer(loadTemplates());
/** 'second follow-up' is the follow-up once a first went to each person two weeks before. */
type Kind = NoteKind | 'second follow-up';
const KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'second follow-up', 'not-selected', 'stay-in-touch'];

/** The interview as it stands for `kind`, and the day the notes are written (for a second follow-up). */
function standingFor(interview: Interview, kind: Kind): { interview: Interview; kind: NoteKind; today: IsoDate | null } {
  const status = kind === 'not-selected' ? 'not-selected' : 'waiting';
  if (kind !== 'second follow-up') return { interview: { ...interview, status }, kind, today: null };
  const at = `${addDays(interview.date, 14)}T15:00:00.000Z`;
  const sent = interview.interviewers.map((person) => ({
    kind: 'follow-up' as const,
    to: person.name,
    at,
    method: 'clipboard' as const,
  }));
  return { interview: { ...interview, status, sent }, kind: 'follow-up', today: addDays(interview.date, 28) };
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/interviews');

/** Every valid sample interview file (the invalid ones are the model tests' to read). */
function fixtures(): Array<[string, Interview]> {
  const out: Array<[string, Interview]> = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const result = parseInterviewText(readFileSync(join(FIXTURES, file), 'utf8'), {
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
      candidate: SAMPLES.acme!.candidate,
    });
    if (result.ok) out.push([file, result.interview]);
  }
  return out;
}

/** Panels of one to five whose people say little, so the optional answers are all that differ. */
function generated(): Array<[string, Interview]> {
  const topics = [
    ['API design'],
    ['how the on-call rotation works', 'code review'],
    ['moving the nightly batch jobs to Kafka'],
    ['hiring', 'the team offsite', 'the design system'],
    ['what the first ninety days look like'],
  ];
  return [1, 2, 3, 4, 5].map((size) => [
    `panel of ${size}`,
    {
      ...SAMPLES.acme!,
      id: `ion-qa-lead-${size}`,
      company: 'Ion',
      role: 'QA Lead',
      recruiter: undefined,
      interviewers: topics.slice(0, size).map(
        (t, i): Interviewer => ({
          name: `Person ${String.fromCharCode(65 + i)}`,
          title: 'Engineer',
          email: `p${i}@ion.example`,
          medium: 'email',
          topics: t,
        }),
      ),
    },
  ]);
}

const DETAILS = [
  'We both ran the Chicago marathon.',
  'she precepted night-shift new grads for ten years',
  'I grew up in Valencia too',
  'our shared love of sourdough',
  'you started your career as a network engineer, like me',
];

interface Options {
  readonly detail: boolean;
  readonly addition: boolean;
  readonly strength: boolean;
  readonly resume: boolean;
  readonly secondRound: boolean;
}

const COMBINATIONS: readonly Options[] = Array.from({ length: 32 }, (_, bits) => ({
  detail: Boolean(bits & 1),
  addition: Boolean(bits & 2),
  strength: Boolean(bits & 4),
  resume: Boolean(bits & 8),
  secondRound: Boolean(bits & 16),
}));

/** The interview with these optional answers given (or taken away), and the saved rounds before it. */
function withOptions(interview: Interview, options: Options): { interview: Interview; saved: Interview[] } {
  const people = interview.interviewers.map((person, i) => ({
    ...person,
    detail: options.detail ? (person.detail ?? DETAILS[i % DETAILS.length]) : undefined,
    addition: options.addition ? (person.addition ?? 'the dashboard mock-up I mentioned') : undefined,
  }));
  const candidate = { ...interview.candidate, resume: options.resume ? 'Resume.pdf' : undefined };
  const changed: Interview = {
    ...interview,
    candidate,
    interviewers: people,
    strength: options.strength ? (interview.strength ?? 'my six years on a telemetry floor') : undefined,
  };
  if (!options.secondRound) return { interview: { ...changed, round: undefined }, saved: [] };
  const second = { ...changed, id: `${interview.id}-round-2`, round: 2 };
  return { interview: second, saved: [{ ...changed, round: undefined }, second] };
}

/** What the writer says in a note: no quoted earlier note, no greeting, sign-off or signature. */
function ownWords(interview: Interview, note: Note): string {
  const lines = messageOf({ ...note, body: unquotedOf(note) }, interview.candidate)
    .trim()
    .split('\n');
  return lines.slice(1, -1).join('\n');
}

/** The interview's own values and the candidate's answers, longest first, each masked as one word. */
function slotsOf(interview: Interview): string[] {
  const values = [
    // The company as a sentence says it, its "the" included ("at the Ashbourne Borough Council").
    companyInSentence(interview.company),
    interview.company,
    interview.role,
    interview.candidate.name,
    interview.strength ?? '',
    ...interview.interviewers.flatMap((p) => [
      p.name,
      greetingOf(p, interview.formality),
      ...p.topics,
      p.detail ?? '',
      p.addition ?? '',
    ]),
  ];
  return [...new Set(values.map((v) => v.trim().replace(/[.!?]+$/, '')).filter((v) => v.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
}

function masked(text: string, slots: readonly string[]): string {
  let out = text;
  slots.forEach((slot, i) => {
    out = out.split(slot).join(` slot${i} `);
  });
  return out;
}

/** Sentences, split at a full stop that is no title's or saint's ("Dr. Okonkwo", "St. Brigid's"). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|St|Mt|Jr|Sr|Prof))[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every phrase of four words or more that a note says twice, as its shortest repeated four-word run. */
function repeatedPhrases(text: string, slots: readonly string[]): string[] {
  const seen = new Map<string, number>();
  sentencesOf(masked(text, slots)).forEach((sentence, at) => {
    const words = sentence
      .toLowerCase()
      .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    for (let i = 0; i + 4 <= words.length; i++) {
      const gram = words.slice(i, i + 4).join(' ');
      const first = seen.get(gram);
      if (first === undefined) seen.set(gram, at);
      else seen.set(gram, -1);
    }
  });
  return [...seen].filter(([, at]) => at === -1).map(([gram]) => gram);
}

/** The sentences that thank the reader for their time. */
function timeThanks(text: string): string[] {
  return sentencesOf(text).filter((s) => /\b(thanks?|grateful|appreciat\w*|valued?)\b/i.test(s) && /\btime\b/i.test(s));
}

/**
 * Words that single one thing out: a note that says "in particular" twice ("I appreciated in
 * particular ...", "In particular, what I would bring ...") singles out nothing.
 */
const EMPHASES: readonly RegExp[] = [/\bparticular(ly)?\b/gi, /\bespecially\b/gi, /\babove all\b/gi, /\bmore than anything\b/gi];

function emphasesTwice(text: string): string[] {
  return EMPHASES.filter((word) => (text.match(word) ?? []).length > 1).map((word) => word.source);
}

/** Two sentences in a row that say "role" three times ("take on the Sous Chef role ... serve you well in this role"). */
function roleThrice(text: string, slots: readonly string[]): string | null {
  const sentences = sentencesOf(masked(text, slots));
  for (let i = 0; i + 1 < sentences.length; i++) {
    const pair = `${sentences[i]} ${sentences[i + 1]}`;
    if ((pair.match(/\b(role|position)\b/gi) ?? []).length > 2) return pair;
  }
  return null;
}

/** Words that make a courtesy warmer without making it another one: "a real pleasure" is "a pleasure". */
const INTENSIFIERS = new Set(['real', 'really', 'very', 'so', 'too', 'also', 'truly', 'such', 'great', 'all']);

/**
 * The courtesies of a note: its clauses (split at commas, semicolons, colons, "and" and "but") of
 * four words or more that name nothing from the interview, lower case, without intensifiers.
 */
function courtesiesOf(text: string, slots: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentencesOf(masked(text, slots))) {
    for (const clause of sentence.toLowerCase().split(/[,;:]\s*|\s+(?:and|but)\s+/)) {
      const words = clause
        .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
        .split(/\s+/)
        .filter((word) => word.length > 0 && !INTENSIFIERS.has(word));
      if (words.length >= 4 && !words.some((word) => /^slot\d+$/.test(word))) out.add(words.join(' '));
    }
  }
  return out;
}

const INTERVIEWS = [...fixtures(), ...Object.entries(SAMPLES), ...generated()];

const cases = INTERVIEWS.flatMap(([name, interview]) =>
  TONES.map((tone) => [`${name} (${tone})`, { ...interview, tone }] as const),
);

describe('no note says the same thing twice, and no two people get the same sentence', () => {
  it('covers the sample files, the samples and panels of one to five', () => {
    expect(INTERVIEWS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)(
    '%s',
    (_, base) => {
      const problems: string[] = [];
      for (const options of COMBINATIONS) {
        const { interview, saved } = withOptions(base, options);
        const slots = slotsOf(interview);
        const label = Object.entries(options)
          .filter(([, on]) => on)
          .map(([key]) => key)
          .join('+');
        for (const kind of KINDS) {
          const standing = standingFor(interview, kind);
          if (!kindsFor(standing.interview).includes(standing.kind)) continue;
          const dateStyle = { ...US_WITH_YEARS, today: standing.today };
          const notes = composeNotes(standing.interview, standing.kind, { saved, dateStyle }).filter(
            (note) => note.by !== 'phone',
          );
          if (kind === 'second follow-up' && notes.some((note) => note.follows === undefined))
            problems.push(`${kind} [${label}] is not a second follow-up`);
          const words = notes.map((note) => ownWords(interview, note));
          notes.forEach((note, i) => {
            for (const phrase of repeatedPhrases(words[i]!, slots))
              problems.push(`${kind} to ${note.to} [${label}] says "${phrase}" twice`);
            for (const word of emphasesTwice(words[i]!))
              problems.push(`${kind} to ${note.to} [${label}] singles out twice (${word})`);
            const roles = roleThrice(words[i]!, slots);
            if (roles) problems.push(`${kind} to ${note.to} [${label}] says role three times: ${roles}`);
            const thanks = timeThanks(words[i]!);
            if (thanks.length > 1)
              problems.push(`${kind} to ${note.to} [${label}] thanks for their time twice: ${thanks.join(' / ')}`);
          });
          if (notes.length > 5) continue;
          const sentences = words.map((text) => new Set(sentencesOf(text)));
          const courtesies = words.map((text) => courtesiesOf(text, slots));
          sentences.forEach((mine, i) => {
            sentences.forEach((theirs, j) => {
              if (j <= i) return;
              for (const sentence of mine)
                if (theirs.has(sentence))
                  problems.push(`${kind} to ${notes[i]!.to} and ${notes[j]!.to} [${label}] both say "${sentence}"`);
              for (const courtesy of courtesies[i]!)
                if (courtesies[j]!.has(courtesy))
                  problems.push(`${kind} to ${notes[i]!.to} and ${notes[j]!.to} [${label}] both say "${courtesy}"`);
            });
          });
        }
      }
      expect([...new Set(problems)]).toEqual([]);
      // 128 interviews' notes a case: a second on an idle machine, so a generous limit for a loaded one.
    },
    30_000,
  );
});
