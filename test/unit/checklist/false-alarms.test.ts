// Each suppression of a false alarm, tested on its own: what stays quiet, and what still speaks.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints, type RawLint } from '../../../src/checklist/harper-map.js';
import { isNearKnownWord } from '../../../src/checklist/harper-misreads.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { MESSAGES } from '../../../src/checklist/messages.js';
import { mentionsTopic } from '../../../src/checklist/rules/content.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';
import { fold } from '../../../src/checklist/text.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const NURSING: Interview = {
  ...ACME,
  id: 'st-annes-registered-nurse',
  company: "St. Anne's Hospital",
  role: 'Registered Nurse',
  candidate: { name: 'Chidi Okafor', email: 'chidi@example.com', phone: '+1 555 0100' },
  interviewers: [
    {
      name: 'Adébáyọ̀ Okonkwo',
      title: 'Nurse Manager',
      email: 'a@st-annes.example',
      medium: 'email',
      topics: ['staffing the night shift on the cardiac step-down unit'],
    },
    {
      name: 'Joost van der Berg',
      title: 'Charge Nurse',
      phone: '+1 555 0101',
      medium: 'phone',
      topics: ['how the unit handles patient handovers between shifts'],
    },
  ],
};

describe('credentials and acronyms', () => {
  it.each([
    'Chidi Okafor, RN, BSN, CCRN',
    'I hold my CPA and an MBA, and I am PMP certified.',
    'I passed ACLS and PALS, and I worked in the PICU and the OR.',
    'Our HVAC crew followed OSHA rules; the POS and SKU counts matched.',
  ])('are not shouting: %j', (text) => expect(toneImpatient(parseDraft(text), {})).toEqual([]));

  it('are known words for spelling', () => {
    const words = new Set(knownWordsFor({}));
    for (const word of ['RN', 'LPN', 'CPA', 'MBA', 'PMP', 'ServSafe', 'SENCO', 'HVAC']) expect(words.has(word), word).toBe(true);
  });

  it('leave real shouting alone', () => {
    expect(toneImpatient(parseDraft('PLEASE CALL ME BACK.'), {}).length).toBe(1);
  });
});

describe('a name spelled out letter by letter', () => {
  it.each(['That is Chidi, C-H-I-D-I, at 555 0100.', 'My surname is spelled O.K.A.F.O.R.'])('is not shouting: %j', (text) =>
    expect(toneImpatient(parseDraft(text), {})).toEqual([]),
  );
});

describe('names in any Unicode form', () => {
  const context = { interview: NURSING, to: 'Adébáyọ̀ Okonkwo', kind: 'thank-you' as const };
  it.each([
    ['NFC', 'Dear Adébáyọ̀,\nThank you.'.normalize('NFC')],
    ['NFD', 'Dear Adébáyọ̀,\nThank you.'.normalize('NFD')],
  ])('greets the recipient in %s without a finding', (_form, text) =>
    expect(nameMismatch(parseDraft(text), context)).toEqual([]),
  );

  it('still says when the accent is dropped, as a warning: keyboards drop accents, and the name is theirs', () => {
    const text = 'Dear Adebayo,\nThank you.';
    expect(nameMismatch(parseDraft(text), context).map((hit) => [hit.severity, hit.message])).toEqual([
      ['warning', MESSAGES.nameAccent('Adebayo', 'Adébáyọ̀')],
    ]);
  });

  it('drops the pieces Harper makes of a known name, not a real typo beside it', () => {
    const text = 'Dear Adébáyọ̀ Okonkwo,\nI realy enjoyed it.'.normalize('NFD');
    const lints: RawLint[] = [
      { start: 5, end: 8, kind: 'Spelling', message: '', problem: 'Ade', suggestions: ['Ace'] },
      { start: 9, end: 11, kind: 'Spelling', message: '', problem: 'ba', suggestions: ['bad'] },
      {
        start: text.indexOf('realy'),
        end: text.indexOf('realy') + 5,
        kind: 'Spelling',
        message: '',
        problem: 'realy',
        suggestions: ['really'],
      },
    ];
    const known = new Set(knownWordsFor(context).map(fold));
    expect(findingsFromLints(parseDraft(text), lints, { known }).map((f) => f.excerpt)).toEqual(['realy']);
  });
});

describe('particles in a name', () => {
  const context = { interview: NURSING, to: 'Joost van der Berg', kind: 'thank-you' as const };
  it('flags the wrong particles as a misspelled name', () => {
    const hits = nameMismatch(parseDraft('Dear Mr. van den Berg,\nThank you.'), context);
    expect(hits.map((hit) => hit.message)).toEqual([MESSAGES.misspelledName('van den Berg', 'van der Berg')]);
  });
  it.each(['Dear Mr. van der Berg,\nThank you.', 'Dear Joost,\nThank you.'])('accepts %j', (text) =>
    expect(nameMismatch(parseDraft(text), context)).toEqual([]),
  );
  // After a title the particles stay, in Dutch too ("meneer Van der Berg"): a warning, not an error.
  it('warns of a title before the surname without its particles', () => {
    const hits = nameMismatch(parseDraft('Dear Mr. Berg,\nThank you.'), context);
    expect(hits.map((hit) => [hit.severity, hit.message])).toEqual([
      ['warning', MESSAGES.titleWithoutParticles('Mr. Berg', 'Mr.', 'van der Berg')],
    ]);
  });
});

describe('Harper and a correct possessive', () => {
  const lint = (text: string, word: string, suggestion: string): RawLint => {
    const start = text.indexOf(word);
    return {
      start,
      end: start + word.length,
      kind: 'Grammar',
      message: 'Did you mean the contraction?',
      problem: word,
      suggestions: [suggestion],
    };
  };
  it.each([
    ['Thank you for your kind words about my lesson plan.', 'your', "you're"],
    ['I enjoyed their warm welcome at the front desk.', 'their', "they're"],
  ])('keeps %j as written', (text, word, suggestion) =>
    expect(findingsFromLints(parseDraft(text), [lint(text, word, suggestion)])).toEqual([]),
  );

  it('still flags the real slip ("your welcome")', () => {
    const text = 'Thanks again, and your welcome to call me.';
    expect(findingsFromLints(parseDraft(text), [lint(text, 'your', "you're")]).map((f) => f.rule)).toEqual(['grammar']);
  });
});

describe('Harper and "there" after the subject', () => {
  const lint = (text: string): RawLint => {
    const start = text.search(/\bthere\b/u);
    return {
      start,
      end: start + 5,
      rule: 'ThereToTheir',
      kind: 'Grammar',
      message: 'Did you mean `their`?',
      problem: 'there',
      suggestions: ['their'],
    };
  };
  const found = (text: string) => findingsFromLints(parseDraft(text), [lint(text)]).map((f) => f.rule);

  it.each(['Fairness there matters to me.', 'The people there matter.', 'I liked the lab. The staff there work hard.'])(
    'keeps the place in %j',
    (text) => expect(found(text)).toEqual([]),
  );

  it.each([
    'I met there team yesterday.',
    'Thanks for showing me there process.',
    'I admire how there team works.',
    'Loved there office.',
    'Everyone saw there demo.',
    'The tour of there lab was great.',
    'Thanks again, there team was kind.',
  ])('still flags %j', (text) => expect(found(text)).toEqual(['grammar']));
});

describe('Harper and "were" after a plural subject', () => {
  const lint = (text: string): RawLint => {
    const start = text.search(/\bwere\b/u);
    return { start, end: start + 4, rule: 'WereWhere', kind: 'Typo', message: '', problem: 'were', suggestions: ['where'] };
  };
  const found = (text: string) => findingsFromLints(parseDraft(text), [lint(text)]).map((f) => f.rule);

  it.each([
    'The cloth passes were a pleasure too.',
    'Our talks were the best part.',
    'Your questions on F-Gas record keeping were the hardest of the day.',
    'The talks about the new rota were useful.',
  ])('keeps the verb in %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    'The place were we met was lovely.',
    'The rooms were we met were lovely.',
    'I wonder were you keep the props.',
    'The place in town were the team meets was lovely.',
    'The tours of the lab were you showed me the rigs.',
    'I visited the rooms in Leeds were the team sits.',
  ])('still flags %j', (text) => expect(found(text)).toEqual(['grammar']));
});

describe('grammar messages read as sentences', () => {
  it('ends Harper\'s words with a full stop before "Try", and shows each suggestion once', () => {
    const text = 'Their going to call.';
    const raw: RawLint = {
      start: 0,
      end: 5,
      kind: 'Grammar',
      message: 'Use the contraction or its variants',
      problem: 'Their',
      suggestions: ["They're", "They're ", ''],
    };
    const [finding] = findingsFromLints(parseDraft(text), [raw]);
    expect(finding?.message).toBe(
      '"Their": Use the contraction or its variants. Try "They\'re". Hiring managers read each note as a writing sample.',
    );
  });
});

describe('a topic named by one distinctive word', () => {
  it.each([
    ['I keep thinking about our talk on handovers.', 'how the unit handles patient handovers between shifts'],
    ['Thank you for explaining the step-down unit.', 'staffing the night shift on the cardiac step-down unit'],
    ['I enjoyed hearing about Kafka.', 'moving telemetry ingestion to Kafka'],
  ])('counts %j as naming the topic', (prose, topic) => expect(mentionsTopic(prose, topic)).toBe(true));

  it.each([
    ['Thank you for talking about the shifts.', 'how the unit handles patient handovers between shifts'],
    ['I enjoyed meeting the patients.', 'how the unit handles patient handovers between shifts'],
  ])('does not count a common word alone: %j', (prose, topic) => expect(mentionsTopic(prose, topic)).toBe(false));
});

describe('honorifics of other trades', () => {
  const kitchen: Interview = {
    ...ACME,
    interviewers: [
      { name: 'Luca Marchetti', title: 'Head Chef', email: 'l@x.example', medium: 'email', topics: ['the tasting menu'] },
    ],
  };
  const context = { interview: kitchen, to: 'Luca Marchetti', kind: 'thank-you' as const };
  it.each(['Dear Chef Marchetti,\nThank you.', 'Dear Chef,\nThank you.', 'Dear Chef Luca,\nThank you.'])('accepts %j', (text) =>
    expect(nameMismatch(parseDraft(text), context)).toEqual([]),
  );
  it('still flags a title with the wrong surname', () => {
    expect(nameMismatch(parseDraft('Dear Chef Moretti,\nThank you.'), context)).toHaveLength(1);
  });
});

describe('a slip of a known name', () => {
  const known = new Set(['priya', 'raghunathan', 'robotics']);
  it.each([
    ['Priay', true],
    ['Raghunatan', true],
    ['Robtics', true],
    ['Paulo', false],
    ['Priya', false],
  ])('%s -> %s', (word, expected) => expect(isNearKnownWord(word, known)).toBe(expected));
});

describe('Harper and a word joined by a modifier letter', () => {
  // Harper 2.10's own lints on "Hawaiʻi": the word cut at its ʻokina.
  const text = 'I brought a little taste of Hawaiʻi to say mahalo, and i will call.';
  const at = (piece: string, from = 0) => text.indexOf(piece, from);
  const lints: RawLint[] = [
    {
      start: at('Hawai'),
      end: at('Hawai') + 5,
      rule: 'SpellCheck',
      kind: 'Spelling',
      message: '',
      problem: 'Hawai',
      suggestions: ['Hawaii', "Haw's", 'Halal'],
    },
    {
      start: at('ʻi') + 1,
      end: at('ʻi') + 2,
      rule: 'CapitalizePersonalPronouns',
      kind: 'Capitalization',
      message: '',
      problem: 'i',
      suggestions: ['I'],
    },
    {
      start: at(' i ') + 1,
      end: at(' i ') + 2,
      rule: 'CapitalizePersonalPronouns',
      kind: 'Capitalization',
      message: '',
      problem: 'i',
      suggestions: ['I'],
    },
  ];

  it('drops the lints on its pieces and keeps the pronoun written small', () => {
    expect(findingsFromLints(parseDraft(text), lints).map((f) => `${f.rule} ${f.excerpt}`)).toEqual(['grammar i']);
  });
});

describe('Harper and the plural of a compound that ends in a particle', () => {
  const lintOn = (text: string, word: string): RawLint => {
    const start = text.lastIndexOf(word);
    return {
      start,
      end: start + word.length,
      rule: 'SpellCheck',
      kind: 'Spelling',
      message: '',
      problem: word,
      suggestions: ["in's", 'is', 'its'],
    };
  };
  const found = (text: string, word: string) => findingsFromLints(parseDraft(text), [lintOn(text, word)]).map((f) => f.excerpt);

  it('leaves the particle with its s alone after a hyphen, and reports it standing alone', () => {
    expect(found('The set gave us get-ins of ninety minutes.', 'ins')).toEqual([]);
    expect(found('We took walk-ins and drop-offs all day.', 'offs')).toEqual([]);
    expect(found('The ins team was kind.', 'ins')).toEqual(['ins']);
  });
});
