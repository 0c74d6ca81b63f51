// Reads every note the coach writes for a set of interviews, in every tone, the way its
// recipient would: greeted as the candidate greets them, nothing copied from a colleague's note,
// nothing claimed that is not so, what the candidate typed set in whole sentences, and no
// checklist finding at all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { composeNotes, kindsFor } from '../../../src/compose/compose.js';
import { asPhrase, asSentence } from '../../../src/compose/words.js';
import { addDays } from '../../../src/model/dates.js';
import { greetingOf } from '../../../src/model/greeting.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { followUpNotBefore } from '../../../src/model/schedule.js';
import { NOTE_KINDS, TONES, type Interview, type Note, type NoteKind } from '../../../src/model/types.js';
import { buildTestWorker } from '../checklist/worker-build.js';
import { messageOf, unquotedOf } from './note-parts.js';
import { SAMPLES } from './samples.js';

const FILES = ['acme', 'lumen-health', 'northwind-bank', 'kestrel-games', 'harbor-logistics', 'nursing', 'retail', 'teaching', 'finance', 'design'];

function fixture(name: string): Interview {
  const result = parseInterviewText(readFileSync(resolve(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${name}.json does not parse: ${JSON.stringify(result.problems)}`);
  return result.interview;
}

const interviews: Array<[string, Interview]> = [
  ...Object.entries(SAMPLES).map(([name, interview]): [string, Interview] => [`sample ${name}`, interview]),
  ...FILES.map((name): [string, Interview] => [`file ${name}`, fixture(name)]),
].flatMap(([name, interview]) => TONES.map((tone): [string, Interview] => [`${name} (${tone})`, { ...interview, tone }]));

function notesOf(interview: Interview, kind: NoteKind): Note[] {
  return kindsFor(interview).includes(kind) || kind === 'stay-in-touch' ? composeNotes(interview, kind) : [];
}

/** The writer's own words: no quoted earlier note, no signature block. */
function ownWords(interview: Interview, note: Note): string {
  return messageOf({ ...note, body: unquotedOf(note) }, interview.candidate);
}

/** Sentences of ten words or more, lower-cased, for comparing two people's notes. */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().toLowerCase())
    .filter((sentence) => sentence.split(/\s+/).length >= 10);
}

const groups = interviews.flatMap(([label, interview]) =>
  NOTE_KINDS.map((kind) => ({ label: `${label}: ${kind}`, interview, kind, notes: notesOf(interview, kind) })).filter((g) => g.notes.length > 0),
);

describe('every note of every kind, tone and interview', () => {
  it('covers every kind in every tone over at least ten interviews', () => {
    for (const tone of TONES) expect(new Set(groups.filter((g) => g.interview.tone === tone).map((g) => g.kind))).toEqual(new Set(NOTE_KINDS));
    expect(new Set(groups.map((g) => g.interview.id)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(groups)('$label', ({ interview, notes }) => {
    const resume = Boolean(interview.candidate.resume?.trim());
    for (const note of notes) {
      const person = interview.interviewers.find((p) => p.name === note.to);
      const words = ownWords(interview, note);
      const greeting = words.split('\n')[0]!;
      if (person) {
        const name = greetingOf(person, interview.formality);
        expect(greeting).toMatch(new RegExp(`^(Dear|Hi|Hello) ${name.replace(/[.]/g, '\\.')},`));
        const wholeName = person.name.trim().includes(' ') && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(person.name);
        if (wholeName && !person.greeting && interview.formality !== 'titles') expect(greeting).not.toContain(person.name);
        // Wherever the personal detail appears, it is the candidate's whole sentence.
        const detail = person.detail ? asSentence(person.detail) : '';
        if (detail && words.toLowerCase().includes(detail.slice(1, 20).toLowerCase())) {
          expect(words).toMatch(new RegExp(`(^|[.!?] )${escape(detail)}`, 'm'));
        }
        if (person.addition && (note.kind === 'thank-you') && note.by !== 'phone') expect(words).toContain(asPhrase(person.addition));
      }
      expect({ to: note.to, attached: /\battach/i.test(words) && !resume }).toEqual({ to: note.to, attached: false });
      if (/\battach/i.test(words)) expect(note.attachments).toHaveLength(1);
      // Every sentence starts with a capital: an answer spliced mid-clause shows up here.
      for (const sentence of words.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean)) {
        expect({ sentence, ok: /^[\p{Lu}\p{N}"'-]|^\p{Lo}/u.test(sentence) }).toMatchObject({ ok: true });
      }
      expect(words).not.toMatch(/\b(challenges?|problems?|enjoy most|your decision)\b/i);
    }
    const sentences = notes.map((note) => new Set(longSentences(ownWords(interview, note))));
    if (notes.length <= 5) {
      for (const [i, mine] of sentences.entries()) {
        for (const [j, theirs] of sentences.entries()) {
          if (j <= i) continue;
          expect({ pair: [notes[i]!.to, notes[j]!.to], shared: [...mine].filter((s) => theirs.has(s)) }).toEqual({ pair: [notes[i]!.to, notes[j]!.to], shared: [] });
        }
      }
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A day on which sending this kind is right, so the timing rules have no reason to speak. */
function fittingNow(interview: Interview, kind: NoteKind): Date {
  const day = kind === 'follow-up' ? followUpNotBefore(interview) : kind === 'thank-you' ? interview.date : addDays(interview.date, 1);
  return new Date(`${day}T12:00:00`);
}

let spell: SpellChecker;
beforeAll(async () => {
  spell = startSpellChecker({ workerUrl: await buildTestWorker() });
  await spell.ready;
}, 60_000);
afterAll(() => spell?.close());

describe('the checklist finds nothing in any of them', () => {
  it.each(groups)('$label', async ({ interview, kind, notes }) => {
    for (const note of notes) {
      const context = { interview, kind, to: note.to, now: fittingNow(interview, kind), siblings: notes.filter((other) => other !== note) };
      const spelled = await spell.lint(`Subject: ${note.subject}\n\n${note.body}`, knownWordsFor(context));
      const findings = mergeFindings(checkNote(note, context), spelled);
      expect({ to: note.to, findings: findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.excerpt}`) }).toEqual({ to: note.to, findings: [] });
    }
  });
});
