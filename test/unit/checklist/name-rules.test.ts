// The name rules' generalisations and suppressions (issue #13): each case a real kind of draft.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import type { RawLint } from '../../../src/checklist/harper-map.js';
import {
  isFarFromEveryWord,
  isHyphenatedPrefix,
  isNameParticle,
  isPieceOfKnownWord,
  isCompoundSplit,
  isOtherDialectSpelling,
  isShortFormOfKnownName,
} from '../../../src/checklist/harper-misreads.js';
import { greetingOf, isPostNominal } from '../../../src/checklist/people.js';
import { clicheCheck } from '../../../src/checklist/rules/cliche.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { Hit } from '../../../src/checklist/types.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const at = (text: string, hits: readonly Hit[]) => hits.map((hit) => text.slice(hit.start, hit.end));

/** ACME with its first interviewer renamed, and the second kept as the other person. */
function withRecipient(name: string, candidate = ACME.candidate.name): Interview {
  return {
    ...ACME,
    candidate: { ...ACME.candidate, name: candidate },
    interviewers: [{ ...ACME.interviewers[0]!, name }, ACME.interviewers[1]!],
  };
}

const mismatches = (text: string, to: string, candidate?: string) =>
  at(text, nameMismatch(parseDraft(text), { interview: withRecipient(to, candidate), to, kind: 'thank-you' }));

describe('name-mismatch: a short form of the given name is a friendly greeting', () => {
  it.each([
    ['Seun', 'Oluwaseun Adeyemi'],
    ['Dami', 'Olúwádámilárè Ogunleye'],
    ['Dami', 'Olúwádámilárè Ogunleye'.normalize('NFD')],
    ['Liz', 'Elizabeth Warren-Hale'],
    ['Alex', 'Alexander Petrov'],
    ['Tina', 'Christina Moreau'],
  ])('"Hi %s," to %s', (greeting, to) => {
    expect(mismatches(`Hi ${greeting},\n\nThank you for your time.\n\nJordan Lee`, to)).toEqual([]);
  });

  it.each([
    // Another interviewer of the same interview, even inside the name.
    ['Sam', 'Samantha Reyes'],
    // Three letters deep inside a name are no short form of it.
    ['Ian', 'Marianne Holt'],
    ['Mira', 'Oluwaseun Adeyemi'],
  ])('still flags "Hi %s," to %s', (greeting, to) => {
    expect(mismatches(`Hi ${greeting},\n\nThank you for your time.\n\nJordan Lee`, to)).toEqual([greeting]);
  });
});

describe('name-mismatch: post-nominal letters belong to the name', () => {
  it.each([
    ['Dear Ana Ruiz MRTPI,', 'Ana Ruiz'],
    ['Dear Jane Doe, PE,', 'Jane Doe'],
    ['Dear Dr. Amara Okonkwo, PhD,', 'Amara Okonkwo'],
  ])('%j to %s', (greeting, to) => {
    const text = `${greeting}\n\nThank you for your time.\n\nJordan Lee`;
    expect(mismatches(text, to)).toEqual([]);
    expect(greetingOf(parseDraft(text))!.addressees).toHaveLength(1);
  });

  it.each([
    ['Oksana Melnyk MRTPI', 'Oksana Melnyk'],
    ['Maria Santos, RN, BSN', 'Maria Santos'],
    ['Aoife Byrne CEng MIEI', 'Aoife Byrne'],
  ])('signed %j by %s', (signature, candidate) => {
    expect(
      mismatches(`Dear Priya,\n\nThank you for your time.\n\nBest regards,\n${signature}`, 'Priya Raghunathan', candidate),
    ).toEqual([]);
  });

  it('still flags a signature with someone else’s name before the letters', () => {
    const text = 'Dear Priya,\n\nThank you for your time.\n\nBest regards,\nJane Doe MRTPI';
    expect(mismatches(text, 'Priya Raghunathan')).toEqual(['Jane Doe']);
  });

  it.each([
    ['MRTPI', true],
    ['PhD', true],
    ['MSc', true],
    ['RN', true],
    ['Ruiz', false],
    ['Sam', false],
    ['A', false],
  ])('%s is post-nominal: %s', (word, expected) => expect(isPostNominal(word)).toBe(expected));
});

describe('cliche: "check in" the verb, not "check-in" the noun', () => {
  const phrases = (text: string) => at(text, clicheCheck(parseDraft(text), {}));
  it.each([
    ['Just checking in to see if there is any news.', 'Just checking in'],
    ['I wanted to check in on the Project Engineer role.', 'wanted to check in'],
    ["I'm checking in about my application.", "I'm checking in"],
    ['Just a quick check-in on my application.', 'Just a quick check-in'],
    ['This is a quick check-in about the role.', 'quick check-in about'],
  ])('flags %j', (text, phrase) => expect(phrases(text)).toEqual([phrase]));

  it.each([
    'I also liked your idea of flagging patients on warfarin for a quick check-in at pickup.',
    'I enjoyed sitting in on your weekly check-in with the charge nurses.',
    'I ran the check-in desk at the Marriott for two years.',
    'Guests check in at the front desk from 3 pm.',
    'A brief check-in with each resident at breakfast sounds like a good habit.',
  ])('leaves %j alone', (text) => expect(phrases(text)).toEqual([]));

  // The literal verb with its object, as at a desk, a dock or a sterile store: a count or a
  // determiner after it. Sentences written for this test.
  it.each([
    'On Saturdays I was checking in about forty rental kayaks before noon.',
    "I'm checking in the returned library laptops each morning.",
    'At the hostel I was checking in around 12 backpackers a night.',
    'I was checking in about a dozen loan instruments per shift.',
  ])('leaves the verb with its object alone: %j', (text) => expect(phrases(text)).toEqual([]));

  it.each([
    ['I am just checking in about the position.', 'I am just checking in'],
    ['Checking in about the outcome of Thursday.', 'Checking in about'],
    ["I'm checking in, as it has been two weeks.", "I'm checking in"],
  ])('still flags the stock phrase before a count or a thing asked about: %j', (text, phrase) =>
    expect(phrases(text)).toEqual([phrase]),
  );
});

describe('spelling: British medical words and words far from every English word', () => {
  const lint = (problem: string, suggestions: readonly string[]): RawLint => ({
    start: 0,
    end: problem.length,
    kind: 'Spelling',
    message: `Did you mean to spell \`${problem}\` this way?`,
    problem,
    suggestions,
  });

  // Harper 2.10's own suggestions for each word, as the worker reports them.
  it.each([
    ['orthopaedic', ['orthopedic', 'orthopedics']],
    ['leukaemia', ['leukemia', 'leukemic']],
    ['diarrhoea', ['diarrhea']],
    ['septicaemia', ['septicemia', 'septicemic']],
    ['anaesthetist', ['anesthetist', 'anesthetists']],
    ['paediatric', ['pediatric', 'pediatrics']],
  ])('%s is the British spelling of what Harper offers', (problem, suggestions) => {
    expect(isOtherDialectSpelling(lint(problem, suggestions))).toBe(true);
  });

  it.each([
    ['thoese', ['those', 'these']],
    ['becuase', ['because']],
  ])('%s is still a slip', (problem, suggestions) => {
    expect(isOtherDialectSpelling(lint(problem, suggestions))).toBe(false);
    expect(isFarFromEveryWord(lint(problem, suggestions))).toBe(false);
  });

  it.each([
    ['haematoma', ["hamate's", 'hazmat', 'hamate']],
    ['kubectl', ['puberty', 'subject', 'Hubert']],
    ['Nephrolux', ['Nehru', 'Nephrite', 'Nephritic']],
    ['neuvo', ['negro', 'nerve', 'neuron']],
    ['hematoma', ['hematite', 'melanoma', 'nematode']],
  ])('%s is far from every word Harper offers: a term or a name', (problem, suggestions) => {
    expect(isFarFromEveryWord(lint(problem, suggestions))).toBe(true);
  });

  it.each([
    ['recieve', ['receive', 'relieve']],
    ['managment', ['management']],
    ['tommorow', ['tomorrow']],
    ['Priay', ['Priya', 'Pray']],
    ['neo', ['neon', 'net', 'new']],
    ['definately', ['definitely', 'defiantly']],
    ['licnece', ['license']],
    ['basicly', ["basic's", 'basic', 'basil']],
    ['Carelog', ['Catalog', 'Camelot', 'Carlo']],
  ])('%s is one or two slips from %j: reported', (problem, suggestions) => {
    expect(isFarFromEveryWord(lint(problem, suggestions))).toBe(false);
  });
});

describe('generic-subject: a subject naming the team, a topic or what the note is about is specific', () => {
  const panel = {
    ...ACME,
    interviewers: [ACME.interviewers[0]!, { ...ACME.interviewers[1]!, title: 'Head of Warehouse Automation' }],
  };
  const priya = { interview: panel, to: 'Priya Raghunathan', kind: 'thank-you' as const };
  const flagged = (subject: string, body = 'Hi Priya,\n\nThank you.') =>
    genericSubject(parseDraft(`Subject: ${subject}\n\n${body}`), priya).length > 0;

  it.each([
    // Sam Ortiz's topic, though the note is to Priya.
    ['Thanks for the talk on OTA updates'],
    // The team, from another interviewer's title.
    ['Thanks from a warehouse automation fan'],
    // What the body is about.
    ['Thanks for the tour of the test lab', 'Hi Priya,\n\nThank you for the tour of the test lab and the welcome.'],
  ])('%j is specific', (subject, body?: string) => expect(flagged(subject, body)).toBe(false));

  it.each([
    ['Great chat yesterday', 'Hi Priya,\n\nThanks for the great chat yesterday.'],
    ['Thanks again', 'Hi Priya,\n\nThanks again.'],
    ['Lovely meeting today', 'Hi Priya,\n\nIt was lovely meeting today.'],
    ['Question about databases', 'Hi Priya,\n\nThank you.'],
  ])('%j still names nothing', (subject, body) => expect(flagged(subject, body)).toBe(true));
});

describe('wrong-person: another interviewer by any title, and the one who told the news', () => {
  type Kind = 'thank-you' | 'not-selected' | 'stay-in-touch';
  const to = (interview: Interview, kind: Kind = 'thank-you') => ({ interview, to: 'Priya Raghunathan', kind });
  const named = (text: string, context: ReturnType<typeof to>) => at(text, wrongPerson(parseDraft(text), context));
  const told = { ...ACME, toldBy: 'Sam Ortiz' };

  it('finds a colleague by a title the list of honorifics lacks', () => {
    const text = 'Hi Priya,\n\nThank you. Thanks too, Captain Ortiz, for the tour.';
    expect(named(text, to(ACME))).toEqual(['Captain Ortiz']);
    // Thanks passed on through the reader is no slip.
    expect(named('Hi Priya,\n\nThank you. Please pass my thanks to Captain Ortiz as well.', to(ACME))).toEqual([]);
  });

  // Said of, beside what the candidate discussed with Sam, he would be a line left from his note.
  const saidOf = "Hi Priya,\n\nSam told me the news on Friday, and I still think about the robot fleet's OTA update pipeline.";
  const spokenTo = 'Hi Priya,\n\nThanks again, Sam, for letting me know about the decision. Thank you for considering me.';

  it('lets the note answering the news say who told it', () => {
    expect(named(saidOf, to(told, 'not-selected'))).toEqual([]);
    expect(named(saidOf, to(ACME, 'not-selected'))).toEqual(['Sam']);
  });

  it('still reports the teller spoken to in another note, and named in any other kind of note', () => {
    expect(named(spokenTo, to(told, 'not-selected'))).toEqual(['Sam']);
    expect(named(spokenTo, to(told, 'stay-in-touch'))).toEqual(['Sam']);
    expect(named(saidOf, to(told, 'stay-in-touch'))).toEqual(['Sam']);
    expect(named(saidOf, to(told, 'thank-you'))).toEqual(['Sam']);
  });
});

describe('spelling: names, hyphenated prefixes and particles', () => {
  const lint = (problem: string, suggestions: readonly string[], kind = 'Spelling', start = 0): RawLint => ({
    start,
    end: start + problem.length,
    kind,
    message: '',
    problem,
    suggestions,
  });
  const known = new Set(['oluwaseun', 'adeyemi', 'olúwádámilárè', 'marianne']);

  it('takes a short form of a known name as that name', () => {
    // Harper 2.10 offers Seen, Sewn and Shun for "Seun".
    expect(isShortFormOfKnownName(lint('Seun', ['Seen', 'Sewn', 'Shun']), known)).toBe(true);
    expect(isShortFormOfKnownName(lint('Dami', ['Dame', 'Damn']), known)).toBe(true);
    expect(isShortFormOfKnownName(lint('Ian', ['Inn']), known)).toBe(false);
    expect(isShortFormOfKnownName(lint('Sewn', ['Seen']), known)).toBe(false);
  });

  it('takes a prefix joined by a hyphen as the joined word', () => {
    expect(isHyphenatedPrefix(lint('post-operative', ['postoperative']))).toBe(true);
    expect(isHyphenatedPrefix(lint('well-knwon', ['well-known']))).toBe(false);
  });

  it('takes a particle before a capitalised name as part of the name', () => {
    const text = 'Dear Ms. del Cruz, we del eted it.';
    expect(isNameParticle(text, lint('del', ['deal'], 'Spelling', 9))).toBe(true);
    expect(isNameParticle(text, lint('del', ['deal'], 'Spelling', 22))).toBe(false);
  });

  it('takes the British verb "practise" as the American "practice"', () => {
    expect(isOtherDialectSpelling(lint('practise', ['practice', 'praise', 'precise']))).toBe(true);
    expect(isOtherDialectSpelling(lint('practis', ['practice']))).toBe(false);
  });
});

describe('spelling and grammar: a name in NFD is one word', () => {
  it('drops the split Harper proposes inside a known name with a combining mark', () => {
    const text = 'Dear Dr. Wro\u0301blewska,';
    const start = text.indexOf('blewska');
    // Harper 2.10 on this text: a Typo lint asking for "blew ska".
    const typo: RawLint = { start, end: start + 7, kind: 'Typo', message: '', problem: 'blewska', suggestions: ['blew ska'] };
    expect(isPieceOfKnownWord(text, typo, new Set(['wróblewska']))).toBe(true);
    expect(isPieceOfKnownWord(text, typo, new Set(['okonkwo']))).toBe(false);
  });
});

describe('grammar: a closed compound is not two words', () => {
  const typo = (problem: string, suggestion: string, kind = 'Typo'): RawLint => ({
    start: 0,
    end: problem.length,
    kind,
    message: `\`${problem}\` should probably be written as \`${suggestion}\`.`,
    problem,
    suggestions: [suggestion],
  });

  it.each([
    ['stormwater', 'storm water'],
    ['runbooks', 'run books'],
    ['confocal', 'con focal'],
  ])('%s is left as written', (problem, suggestion) => expect(isCompoundSplit(typo(problem, suggestion))).toBe(true));

  it.each([
    // Harper 2.10's kinds for these: BoundaryError and Usage, not Typo.
    ['alot', 'a lot', 'BoundaryError'],
    ['everytime', 'every time', 'Usage'],
    // A doubled word is a Typo lint whose fix is no split.
    ['to to', 'to', 'Typo'],
  ])('%s is still reported', (problem, suggestion, kind) => expect(isCompoundSplit(typo(problem, suggestion, kind))).toBe(false));
});
