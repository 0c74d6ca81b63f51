// The people rules' two tiers (issue #13): a sure slip keeps its rule's severity, broader
// evidence is a warning, and a good greeting of any trade is nothing. Each case is a kind of
// draft, not a phrase from one.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { groupNote } from '../../../src/checklist/rules/group-note.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import { mediumMismatch } from '../../../src/checklist/rules/medium.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { CheckContext, Hit, RuleCheck } from '../../../src/checklist/types.js';
import type { Interview, Interviewer } from '../../../src/model/types.js';
import { ACME, GLOBEX } from './sample.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const person = (name: string, more: Partial<Interviewer> = {}): Interviewer => ({
  name,
  title: 'Interviewer',
  email: 'someone@example.com',
  medium: 'email',
  topics: ['the night shift handover'],
  ...more,
});

/** A panel of three in a police service, greeted by rank, with a hyphenated and a Malay name. */
const PANEL: Interview = {
  ...ACME,
  id: 'harbour-police',
  company: 'Harbour Police',
  candidate: { ...ACME.candidate, name: 'Daniel Mensah' },
  recruiter: undefined,
  interviewers: [
    person('Priya Chandrasekaran', { greeting: 'Inspector Chandrasekaran' }),
    person('Marguerite Dubois-Lefèvre'),
    person('Siti Nurhaliza binti Ahmad', { greeting: 'Siti' }),
    person('Tanaka Kenji', { greeting: 'Mr. Tanaka' }),
    person('Prof. Annelie Voss'),
    person('Tom Whitcombe', { greeting: 'Sergeant Whitcombe', medium: 'phone', email: undefined }),
  ],
};

const to = (name: string, more: Partial<CheckContext> = {}): CheckContext => ({
  interview: PANEL,
  to: name,
  kind: 'thank-you',
  ...more,
});
const run = (rule: RuleCheck, text: string, context: CheckContext) =>
  rule(parseDraft(text), context).map((hit: Hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'rule']);
const note = (greeting: string, body = 'Thank you for the interview and the talk about the night shift handover.') =>
  `${greeting}\n\n${body}\n\nBest regards,\nDaniel Mensah`;

describe('name-mismatch: the greeting', () => {
  it.each([
    ['Dear Inspector Chandrasekaran,', 'Priya Chandrasekaran'],
    ['Dear Priya,', 'Priya Chandrasekaran'],
    ['Chef Tanaka,', 'Tanaka Kenji'],
    ['Dear Mr. Tanaka,', 'Tanaka Kenji'],
    ['Dear Puan Siti,', 'Siti Nurhaliza binti Ahmad'],
    ['Dear Ms Dubois-Lefèvre,', 'Marguerite Dubois-Lefèvre'],
    ['Dear Professor Voss,', 'Prof. Annelie Voss'],
    ['Dear Dr. Voss,', 'Prof. Annelie Voss'],
    ['Dear Sergeant Whitcombe,', 'Tom Whitcombe'],
    ['Dear Hiring Manager,', 'Tom Whitcombe'],
    ['Hola Priya,', 'Priya Chandrasekaran'],
  ])('%j to %s is fine', (greeting, name) => expect(run(nameMismatch, note(greeting), to(name))).toEqual([]));

  it.each([
    // Another member of the panel, with or without a greeting word.
    ['Dear Siti,', 'Priya Chandrasekaran', 'Siti', 'rule'],
    ['Sergeant Whitcombe,', 'Priya Chandrasekaran', 'Sergeant Whitcombe', 'rule'],
    // A slip of this name, and other particles.
    ['Dear Inspector Chandrasekharan,', 'Priya Chandrasekaran', 'Inspector Chandrasekharan', 'rule'],
    ['Dear Prya,', 'Priya Chandrasekaran', 'Prya', 'rule'],
    // The right person in the wrong way.
    ['Dear Sergeant Chandrasekaran,', 'Priya Chandrasekaran', 'Sergeant Chandrasekaran', 'warning'],
    ['Dear Mr. Voss,', 'Prof. Annelie Voss', 'Mr. Voss', 'warning'],
    ['Dear Mr. Kenji,', 'Tanaka Kenji', 'Mr. Kenji', 'warning'],
    ['Dear Ms. Ahmad,', 'Siti Nurhaliza binti Ahmad', 'Ms. Ahmad', 'warning'],
    ['Dear Ms Dubois,', 'Marguerite Dubois-Lefèvre', 'Ms Dubois', 'warning'],
    ['Dear Ms Dubois-Lefevre,', 'Marguerite Dubois-Lefèvre', 'Ms Dubois-Lefevre', 'warning'],
    // A name nobody here has.
    ['Dear Dana,', 'Priya Chandrasekaran', 'Dana', 'warning'],
  ])('%j to %s flags %j (%s)', (greeting, name, excerpt, severity) => {
    expect(run(nameMismatch, note(greeting), to(name))).toEqual([[excerpt, severity]]);
  });

  it('names the person from another saved interview as someone else', () => {
    const hits = nameMismatch(parseDraft(note('Dear Hank,')), to('Priya Chandrasekaran', { otherInterviews: [GLOBEX] }));
    expect(hits.map((hit) => [hit.severity, hit.message.includes("Hank Scorpio's name")])).toEqual([[undefined, true]]);
  });

  it('leaves accents alone in a script read on a call', () => {
    const script = 'Hi Ms Dubois-Lefevre, this is Daniel Mensah, on five five five, oh one two three. Thank you for the call.';
    expect(run(nameMismatch, script, to('Marguerite Dubois-Lefèvre'))).toEqual([]);
  });
});

// Names that are also titles elsewhere: "Hafiz" (one who knows the Qur'an by heart) is this
// man's given name, "Dean" this woman's. A word of the person's own name after its first is never
// their title (a saved name's first word may be one: "Dean Okafor" could be a dean).
describe('name-mismatch and wrong-person: a name that is a title word', () => {
  const NAMED: Interview = {
    ...PANEL,
    interviewers: [
      person('Muhammad Hafiz bin Rosli', { greeting: 'Hafiz' }),
      person('Dean Okafor'),
      person('Priya Chandrasekaran'),
    ],
  };
  const toNamed = (name: string) => to(name, { interview: NAMED });

  it.each([
    ['Dear Encik Hafiz,', 'Muhammad Hafiz bin Rosli'],
    ['Hi Hafiz,', 'Muhammad Hafiz bin Rosli'],
    ['Dear Tuan Hafiz,', 'Muhammad Hafiz bin Rosli'],
    ['Dear Dean,', 'Dean Okafor'],
  ])('%j to %s is fine', (greeting, name) => expect(run(nameMismatch, note(greeting), toNamed(name))).toEqual([]));

  it('still reads a title before the father’s name as a slip', () => {
    expect(run(nameMismatch, note('Dear Mr. Rosli,'), toNamed('Muhammad Hafiz bin Rosli'))).toEqual([['Mr. Rosli', 'warning']]);
  });

  it('finds the colleague by that name in someone else’s note', () => {
    expect(run(wrongPerson, note('Dear Priya,', 'Thank you again, Hafiz.'), toNamed('Priya Chandrasekaran'))).toEqual([
      ['Hafiz', 'rule'],
    ]);
  });
});

// After a title the surname keeps the particles it begins with, in French, Dutch, German and
// Italian ("Monsieur de Saint-Aubin"); Portuguese speakers drop theirs ("Senhor Silva").
describe('name-mismatch: a title before a surname without its particles', () => {
  const NAMED: Interview = {
    ...PANEL,
    interviewers: [
      person('Margot de la Tour'),
      person('Pieter van den Broek'),
      person('João da Silva'),
      person('Ulrike von Hessen', { greeting: 'Frau von Hessen' }),
    ],
  };
  const toNamed = (name: string) => to(name, { interview: NAMED });

  it.each([
    ['Dear Ms Tour,', 'Margot de la Tour', 'Ms Tour'],
    ['Dear Mr. Broek,', 'Pieter van den Broek', 'Mr. Broek'],
    ['Dear Dr Hessen,', 'Ulrike von Hessen', 'Dr Hessen'],
  ])('%j to %s is a warning', (greeting, name, excerpt) => {
    expect(run(nameMismatch, note(greeting), toNamed(name))).toEqual([[excerpt, 'warning']]);
  });

  it.each([
    ['Dear Ms de la Tour,', 'Margot de la Tour'],
    ['Dear Margot,', 'Margot de la Tour'],
    ['Dear Mr. van den Broek,', 'Pieter van den Broek'],
    ['Dear Senhor Silva,', 'João da Silva'],
    ['Dear Mr Silva,', 'João da Silva'],
    ['Dear Frau von Hessen,', 'Ulrike von Hessen'],
  ])('%j to %s is fine', (greeting, name) => expect(run(nameMismatch, note(greeting), toNamed(name))).toEqual([]));

  it('says what to write', () => {
    const [hit] = nameMismatch(parseDraft(note('Dear Ms Tour,')), toNamed('Margot de la Tour'));
    expect(hit?.message).toBe(
      '"Ms Tour" drops the start of the surname, "de la Tour". After a title it is written whole: "Ms de la Tour".',
    );
  });
});

// Courtesies that look like names: "Ma" (ma'am, in Nigerian and Ghanaian English) and a closing
// in the writer's language whose first word is a letter from a name ("Grazie mille" by Grazia).
// The candidate greets this person by their given name, and the note puts a title before a word
// of it: the one word of the name left over is the family name, first ("Tan Wei Ling") or last.
describe('name-mismatch: a title before the given name the candidate greets them by', () => {
  const NAMED: Interview = {
    ...PANEL,
    interviewers: [
      person('Lim Mei Xuan', { greeting: 'Mei Xuan' }),
      person('Oluwaseun Adebayo', { greeting: 'Oluwaseun' }),
      person('Priya Chandrasekaran'),
    ],
  };
  const toNamed = (name: string) => to(name, { interview: NAMED });

  it.each([
    ['Dear Ms Xuan,', 'Lim Mei Xuan', 'Ms Xuan'],
    ['Dear Mr Oluwaseun,', 'Oluwaseun Adebayo', 'Mr Oluwaseun'],
  ])('%j to %s is a warning', (greeting, name, excerpt) => {
    expect(run(nameMismatch, note(greeting), toNamed(name))).toEqual([[excerpt, 'warning']]);
  });

  it('names the family name', () => {
    const [hit] = nameMismatch(parseDraft(note('Dear Ms Xuan,')), toNamed('Lim Mei Xuan'));
    expect(hit?.message).toBe(
      '"Ms Xuan" puts a title before a given name. Lim is the family name: write "Ms Lim", or the given name without a title.',
    );
  });

  it.each([
    ['Dear Ms Lim,', 'Lim Mei Xuan'],
    ['Dear Mei Xuan,', 'Lim Mei Xuan'],
    ['Dear Mr Adebayo,', 'Oluwaseun Adebayo'],
    ['Dear Oluwaseun,', 'Oluwaseun Adebayo'],
  ])('%j to %s is fine', (greeting, name) => expect(run(nameMismatch, note(greeting), toNamed(name))).toEqual([]));
});

describe('name-mismatch: courtesies that look like names', () => {
  const NAMED: Interview = { ...PANEL, interviewers: [person('Grazia Lombardi'), person('Priya Chandrasekaran')] };
  const toNamed = (name: string) => to(name, { interview: NAMED });
  const signed = (closing: string) =>
    `Dear Priya,\n\nThank you for the interview and the talk about the night shift handover.\n\n${closing}\nDaniel Mensah`;

  it.each(['Good evening Ma,', 'Dear Ma,'])('%j greets nobody by name: nothing', (greeting) => {
    expect(run(nameMismatch, note(greeting), toNamed('Priya Chandrasekaran'))).toEqual([]);
  });

  it('leaves a closing in another language alone', () => {
    expect(run(nameMismatch, signed('Grazie mille,'), toNamed('Priya Chandrasekaran'))).toEqual([]);
  });

  it('still reads a slip of a name in the closing, after its comma or alone', () => {
    expect(run(nameMismatch, signed('Thanks again, Grazie,'), toNamed('Priya Chandrasekaran'))).toEqual([['Grazie', 'warning']]);
    expect(
      run(nameMismatch, note('Dear Priya,', 'I hope Grazie enjoyed the handover too.'), toNamed('Priya Chandrasekaran')),
    ).toEqual([['Grazie', 'warning']]);
  });
});

describe('name-mismatch: a near miss in the body', () => {
  it('is an error where it stands as the recipient’s name, a warning elsewhere', () => {
    const text = note(
      'Dear Priya,',
      'I enjoyed Inspector Chandrasekharan’s account of the night shift handover. Chandrasekharan Road was easy to find.',
    );
    expect(run(nameMismatch, text, to('Priya Chandrasekaran'))).toEqual([
      ['Chandrasekharan’s', 'rule'],
      ['Chandrasekharan', 'warning'],
    ]);
  });

  it('takes a name cut short as a short form, as the greeting does', () => {
    const text = note('Dear Inspector Chandrasekaran,', 'Priya Chandrasekar walked me through the custody suite.');
    expect(run(nameMismatch, text, to('Priya Chandrasekaran'))).toEqual([]);
  });

  it('is a warning after a title when the name is short: "Dr. Prya" may be another doctor', () => {
    const text = note('Dear Inspector Chandrasekaran,', 'Dr. Prya showed me the custody suite.');
    expect(run(nameMismatch, text, to('Priya Chandrasekaran'))).toEqual([['Prya', 'warning']]);
  });
});

describe('name-mismatch: the signature', () => {
  const signed = (signature: string) =>
    run(
      nameMismatch,
      `Dear Priya,\n\nThank you for the talk about the night shift handover.\n\nBest regards,\n${signature}`,
      to('Priya Chandrasekaran'),
    );

  it.each([
    ['Daniel Mensah'],
    ['Dan'],
    ['D. Mensah'],
    ['Daniel Mensah – Police Constable applicant'],
    ['Sgt. Daniel Mensah (ret.)'],
    ['Daniel Mensah Jr.'],
  ])('signed %j by Daniel Mensah is fine', (signature) => expect(signed(signature)).toEqual([]));

  it('is an error signed by a colleague, a warning signed by a stranger', () => {
    expect(signed('Tom Whitcombe')).toEqual([['Tom Whitcombe', 'rule']]);
    expect(signed('Kasia')).toEqual([['Kasia', 'warning']]);
  });
});

describe('wrong-person', () => {
  it.each([
    // Spoken to: a line left from the colleague's note.
    ['Thank you again, Siti.', 'Siti', 'rule'],
    ['Thanks too, Sergeant Whitcombe!', 'Sergeant Whitcombe', 'rule'],
    ['Siti, thank you too for the tour.', 'Siti', 'rule'],
    ['Thanks Siti!', 'Siti', 'rule'],
    ['Thanks again, Siti, for the tour of the custody suite.', 'Siti', 'rule'],
    ['Thank you also, Prof. Voss, for the reading list.', 'Prof. Voss', 'rule'],
    ['Thank you Siti for the tour.', 'Siti', 'rule'],
    ['P.S. Mr. Tanaka, the book you mentioned arrived today.', 'Mr. Tanaka', 'rule'],
    // Spoken of with what the candidate discussed with that colleague: perhaps a leftover.
    ['I enjoyed hearing Siti on the night shift handover.', 'Siti', 'warning'],
    ['Prof. Voss made the night shift handover sound easy.', 'Prof. Voss', 'warning'],
  ])('%j names %j (%s)', (line, excerpt, severity) => {
    expect(run(wrongPerson, note('Dear Priya,', line), to('Priya Chandrasekaran'))).toEqual([[excerpt, severity]]);
  });

  it.each([
    // Named in passing: a kind word or a fact, not a line from another note.
    'I hope Mr. Tanaka enjoyed it too.',
    'Your colleague, Siti, showed me the custody suite.',
    'Please thank Siti for the coffee.',
    'Thanks to Siti, I found the station without trouble.',
    'I was slow passing the radio to Sergeant Whitcombe, and I noticed it.',
    "Prof. Voss's question about custody records has stayed with me.",
  ])('%j names a colleague in passing: nothing', (line) => {
    expect(run(wrongPerson, note('Dear Priya,', line), to('Priya Chandrasekaran'))).toEqual([]);
  });

  // The reader thanked for bringing the writer to the colleague: the line is about what the
  // reader did, with the colleague's topic as its reason. Sentences written for this test.
  it.each([
    'Thank you for introducing me to Siti so I could ask about the night shift handover.',
    'Thanks for putting me in touch with Prof. Voss about the night shift handover.',
    'It was kind of you to arrange for me to meet Siti, and the night shift handover made sense after that.',
  ])('%j thanks the reader for an introduction: nothing', (line) => {
    expect(run(wrongPerson, note('Dear Priya,', line), to('Priya Chandrasekaran'))).toEqual([]);
  });

  it('still warns when the colleague, not the reader, introduced the writer', () => {
    const line = 'Siti introduced me to the night shift handover, which I enjoyed.';
    expect(run(wrongPerson, note('Dear Priya,', line), to('Priya Chandrasekaran'))).toEqual([['Siti', 'warning']]);
  });

  it('reports a colleague greeted alone, and leaves a greeting of several to group-note', () => {
    expect(run(wrongPerson, note('Dear Siti,'), to('Priya Chandrasekaran'))).toEqual([['Siti', 'rule']]);
    expect(run(wrongPerson, note('Dear Priya and Siti,'), to('Priya Chandrasekaran'))).toEqual([]);
  });

  it('finds the company of another interview without its legal form', () => {
    const firm = { ...GLOBEX, id: 'ashcombe', company: 'Ashcombe de Souza LLP', interviewers: [] };
    const text = note('Dear Priya,', 'I look forward to hearing from Ashcombe de Souza.');
    expect(run(wrongPerson, text, to('Priya Chandrasekaran', { otherInterviews: [firm] }))).toEqual([
      ['Ashcombe de Souza', 'rule'],
    ]);
  });
});

describe('group-note: "you" said to several people', () => {
  const plural = (line: string) => run(groupNote, note('Dear Priya,', line), {});
  it.each([
    ['Thank you both for the time.', 'you both'],
    ['It was a pleasure to meet all three of you.', 'all three of you'],
    ['I enjoyed meeting the two of you.', 'the two of you'],
    ['Thank you all for a great day.', 'you all'],
    ['Good luck, you two!', 'you two'],
  ])('%j: %j is a warning', (line, excerpt) => expect(plural(line)).toEqual([[excerpt, 'warning']]));

  it.each([
    ['I wish you all the best with the new unit.'],
    ['I can give you two examples from my last post.'],
    ['I will send you both documents on Monday.'],
    ['I will send you all of my references.'],
    ['Each of your questions made me think.'],
  ])('%j says nothing of several readers', (line) => expect(plural(line)).toEqual([]));

  it('keeps a greeting of two people an error, and a comma between a name and an unknown word a warning', () => {
    expect(run(groupNote, note('Dear Inspector Chandrasekaran and Siti,'), {})).toEqual([
      ['Inspector Chandrasekaran and Siti', 'rule'],
    ]);
    expect(run(groupNote, note('Dear Priya, Siti,'), to('Priya Chandrasekaran'))).toEqual([['Priya, Siti', 'rule']]);
    expect(run(groupNote, note('Dear Priya, Greetings!'), to('Priya Chandrasekaran'))).toEqual([['Priya, Greetings', 'warning']]);
  });
});

describe('medium-mismatch: a written note to someone who only used the phone', () => {
  const whitcombe = to('Tom Whitcombe');
  it('flags a written thank-you and a follow-up', () => {
    expect(mediumMismatch(parseDraft(note('Dear Sergeant Whitcombe,')), whitcombe)).toHaveLength(1);
    expect(mediumMismatch(parseDraft(note('Dear Sergeant Whitcombe,')), { ...whitcombe, kind: 'follow-up' })).toHaveLength(1);
  });

  it.each([
    ['Hi Sergeant Whitcombe, it’s Daniel Mensah calling about the constable post. Thank you for the call today.'],
    ['Good afternoon Sergeant, this is Daniel Mensah. Thank you for the call. Again, five five five, oh one two three.'],
    ['Thank you for the call today. That’s Daniel, on seven seven oh oh, nine double zero. Cheers.'],
  ])('leaves a call script alone: %j', (script) => expect(mediumMismatch(parseDraft(script), whitcombe)).toEqual([]));

  it('still takes an e-mail that opens like a call for an e-mail', () => {
    const text = note('Hi Sergeant Whitcombe, it’s Daniel Mensah from Tuesday.');
    expect(mediumMismatch(parseDraft(text), whitcombe)).toHaveLength(1);
  });
});

describe('generic-subject: what the subject names', () => {
  const police = { ...PANEL, role: 'Police Constable, Degree Holder Entry Programme' };
  const flagged = (subject: string, body: string, kind: CheckContext['kind'] = 'thank-you') =>
    genericSubject(parseDraft(`Subject: ${subject}\n\n${body}`), { interview: police, to: 'Priya Chandrasekaran', kind }).length >
    0;

  it.each([
    ['Thank you - DHEP interview, 26 November'],
    ['Thank you - PC interview'],
    ['Degree Holder Entry interview: thank you'],
  ])('%j names the role, by its words or its acronym', (subject) => expect(flagged(subject, note('Dear Priya,'))).toBe(false));

  it('says nothing of the subject of a script read on a call', () => {
    const script = 'Hi Priya, this is Daniel Mensah, on five five five, oh one two three. Thank you for the call.';
    expect(flagged('Call script', script)).toBe(false);
    expect(flagged('Call script', note('Dear Priya,'))).toBe(true);
  });

  it.each([['Thank you'], ['Following up'], ['Interview']])('%j still names nothing', (subject) =>
    expect(flagged(subject, note('Dear Priya,'))).toBe(true),
  );
});

describe('the people rules on long input', () => {
  it('stay linear on one sentence full of names, titles and plural "you", twice the size limit long', () => {
    // Names of the panel and of another interview, a near miss, titles, a plural "you", a spoken
    // number and another company, 2 MB without a full stop. A surname without a title before it
    // is passed over one place at a time, each search going on from the last, and each distinct
    // word is compared with the names once.
    const text = `Dear Priya, ${'Siti and Inspector Chandrasekharan told you all, you two, that Dubois-Lefèvre and Ortiz at Globex heard five five five oh one from Sergeant Whitcombe, and '.repeat(13_000)}thanks.\n\nBest regards,\nDaniel Mensah`;
    const context = to('Priya Chandrasekaran', { otherInterviews: [GLOBEX, ACME] });
    const draft = parseDraft(text);
    const started = performance.now();
    for (const rule of [nameMismatch, wrongPerson, groupNote, genericSubject, mediumMismatch]) rule(draft, context);
    // A backtracking or quadratic search takes minutes on this; a linear one, about a second.
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
  }, 60_000);
});
