// False alarms found on drafts written outside the team, in trades besides software (the
// good-1NN drafts of test/fixtures/corpus): each suppression with a sentence it leaves alone and
// a near miss it still reports. Runs the real Harper worker.
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();

const words = knownWordsFor({});
const flagged = async (text: string, known = words) =>
  (await spellChecker().lint(text, known)).map((f) => `${f.rule} ${f.excerpt}`);

describe('British and Commonwealth spellings under American English', () => {
  it.each([
    'I hold an EASA Part-66 licence with two type ratings.',
    'I completed the MOE familiarisation course in January.',
    'I analysed the data in Seurat and Scanpy.',
    'We cut food cost by cross-utilising trim for staff meal.',
    'The authorisation came through after the audit.',
    'I noted the oesophagus, checked the tyre pressures at the centre, and travelled to the programme.',
  ])('leaves %j alone', async (text) => {
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports a slip that one rewrite would turn into the word Harper offers', async () => {
    expect(await flagged('It makes sence, and I wil call on Monday; beeing there helped.')).toEqual([
      'spelling sence',
      'spelling wil',
      'spelling beeing',
    ]);
  });

  it('still reports a typo in a British word', async () => {
    expect(await flagged('I hold a full driving licnece and a valid authorisaton.')).toEqual([
      'spelling licnece',
      'spelling authorisaton',
    ]);
  });
});

describe('"there" after the subject, which Harper reads as "their"', () => {
  it('leaves the place alone and still reports the possessive', async () => {
    expect(await flagged('Fairness there matters to me. The people there matter.')).toEqual([]);
    expect(await flagged('I met there team yesterday.')).toEqual(['grammar there']);
  });

  it('leaves "were" after a plural subject alone, and still reports "were" for "where"', async () => {
    expect(await flagged('The cloth passes were a pleasure too.')).toEqual([]);
    expect(await flagged('I wonder were you keep the props.')).toEqual(['grammar were']);
  });
});

describe('"over" after a verb that takes it, which Harper joins to the next word', () => {
  it('leaves "going over saw certification" alone, and still reports "over saw" for "oversaw"', async () => {
    expect(await flagged('Thanks for going over saw certification, and I went over saw safety twice.')).toEqual([]);
    expect(await flagged('He over saw the crew.')).toEqual(['spelling over saw']);
  });
});

describe('"a while", which Harper would write "awhile"', () => {
  it('leaves the noun and its article alone', async () => {
    expect(await flagged('I gather it took a while for the clinic to catch up.')).toEqual([]);
  });
});

describe('greetings and sign-offs in another language', () => {
  it('leaves a te reo Māori greeting and sign-off alone, and others people greet in', async () => {
    expect(
      await flagged(
        'Kia ora Priya,\n\nThank you for the interview.\n\nNgā mihi nui,\nJordan\n\nTēnā koe Sam, and Talofa lava. Nāku noa, nā Jordan.',
      ),
    ).toEqual([]);
  });

  it('still reports a part of one alone', async () => {
    expect(await flagged('I hope the ora of the team stays strong.')).toEqual(['spelling ora']);
  });
});

describe('names of chemicals, by how chemistry names them', () => {
  it('leaves an acid, a salt and a name of root and ending alone', async () => {
    expect(
      await flagged(
        'We treat the hives with formic and oxalic acids, keep potassium sorbate and sodium metabisulfite on the shelf, and taste for diacetyl, acetoin and trimethylamine.',
      ),
    ).toEqual([]);
  });

  it('still reports the same word out of its shape, and a slip beside it', async () => {
    expect(await flagged('I keep some oxalic in the shed, and I was exctied about the sodium sorbate.')).toEqual([
      'spelling oxalic',
      'spelling exctied',
    ]);
  });
});

describe("words of the trades Harper's dictionary lacks", () => {
  it.each([
    'I would price the open house flyer around the school district.',
    'I wrote two home exercise programs for PIP joint contractures.',
    'The new capnograph is a real step forward, and so is the lidar survey.',
    'Watching the thermite weld and the perc tests was the best part of the day.',
    'I have turned down two other roasteries, and I know my macarons and chypres.',
    'The murrine you are planning, the bitting chart and every volunteer chaperone matter to me.',
    'I can work earlies and lates, and I would start the commis on garnish and mise.',
  ])('leaves %j alone', async (text) => {
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports a slip of one of them', async () => {
    expect(await flagged('I would price the flyre and watch the thermtie weld.')).toEqual([
      'spelling flyre',
      'spelling thermtie',
    ]);
  });
});

describe('a small letter joined to a word', () => {
  it('takes "f-hole" and "o-ring" for words, and still reports a lone small letter', async () => {
    expect(await flagged('I took it too thin near the f-hole wing and replaced the o-ring.')).toEqual([]);
    expect(await flagged('I sent u the notes.')).toEqual(['spelling u']);
  });
});

describe('a name written without its marks', () => {
  it('takes "Yildiz" for Yıldız and "Wrobel" for Wróbel, and still reports a slip of one', async () => {
    const known = knownWordsFor({
      to: 'Grzegorz Wróbel',
      interview: { ...ACME, candidate: { ...ACME.candidate, name: 'Elif Yıldız' } },
    });
    expect(await flagged("This is Elif Yildiz, calling for Mr. Wrobel about Mr. Wrobel's shift.", known)).toEqual([]);
    expect(await flagged('This is Elif Yildzi, calling for Mr. Wrobel.', known)).toEqual(['spelling Yildzi']);
  });
});

describe('acronyms in capitals', () => {
  it('takes capitals Harper reads as a word of the same letters for an acronym, with plural and possessive', async () => {
    expect(
      await flagged('I logged findings in AMOS and ran the MEDA reviews on the ATR fleet, Carrier RTUs and WSDOT’s culverts.'),
    ).toEqual([]);
  });

  it('still reports a scrambled word in mixed case', async () => {
    expect(await flagged('I logged findings in AMOS and liked the iPhnoe demo.')).toEqual(['spelling iPhnoe']);
  });
});

describe('medicines and terms of pharmacy, dentistry and research', () => {
  it('knows common generic names and terms', async () => {
    expect(
      await flagged(
        'I flagged patients on apixaban, clopidogrel and gabapentin, reviewed anticholinergics, omeprazole and pantoprazole, and studied colonic organoids with lentivirus.',
      ),
    ).toEqual([]);
  });

  it('still reports a misspelt medicine', async () => {
    expect(await flagged('I flagged patients on apixiban and clopidogrel.')).toEqual(['spelling apixiban']);
  });
});

describe('accents, borrowed phrases and closings in another language', () => {
  it.each([
    'I ran the sauté station and plated the entrée with a celeriac velouté and a cherry gastrique.',
    'I drafted motions in limine and an en banc petition.',
    'Thank you again.\n\nGrazie mille,\nMatteo',
    'Thank you again.\n\nGracias de nuevo,\nZainab',
    'Thank you again.\n\nMerci encore,\nMatteo',
  ])('leaves %j alone', async (text) => {
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports the parts of a phrase outside it and a misspelt closing', async () => {
    // A slip in the Spanish itself ("neuvo") is far from every English word, so no English
    // checker can tell it from a name; a slip in the English closing still is one.
    expect(await flagged('The mille reasons I applied.\n\nGracias de nuevo and sincerly,\nZainab')).toEqual([
      'spelling mille',
      'spelling sincerly',
    ]);
  });
});

describe('names of places next to short acronyms', () => {
  const interview: Interview = { ...ACME, company: 'Coral Gables Realty Group' };
  const known = knownWordsFor({ interview, to: 'Priya Raghunathan' });

  it('takes a short capitalized word inside a sentence for a name, though it is one slip from a shipped acronym', async () => {
    expect(await flagged('I helped two families from São Paulo buy in Brickell.', known)).toEqual([]);
  });

  it('still reports a slip of a name the interview knows', async () => {
    expect(await flagged('I enjoyed meeting Priay on Monday.', known)).toEqual(['spelling Priay']);
  });
});

describe('grammar Harper misreads', () => {
  it('accepts a word joined to a prefix', async () => {
    expect(await flagged('It cut our overservicing by a fifth, and I use confocal imaging daily.')).toEqual([]);
  });

  it('still reports two words run together', async () => {
    expect((await flagged('I learned alot from the confocal work.')).map((f) => f.split(' ')[0])).toEqual(['grammar']);
  });

  it('accepts "it\'s" before the caller\'s own name', async () => {
    const known = knownWordsFor({ interview: { ...ACME, candidate: { ...ACME.candidate, name: 'Luis Cabrera' } } });
    const text = "Hi Rosa, it's Luis Cabrera. Thanks for talking with me on Monday.";
    expect(await flagged(text, known)).toEqual([]);
    // A capitalised word after "it's" introduces a name or a title, known or not; before a
    // small word Harper's reading stands.
    expect(await flagged(text)).toEqual([]);
    expect(await flagged("The crew loved it's new van.")).toEqual(["grammar it's"]);
  });
});
