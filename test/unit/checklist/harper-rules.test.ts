// Which Harper rules speak for grammar (harper-rules.ts), through the real Harper worker: the
// word confusions Harper files as word choice are reported, its style advice is not, and the
// a/an rule keeps quiet inside a token and before a word it does not know.
import { describe, expect, it } from 'vitest';
import { ruleFor } from '../../../src/checklist/harper-rules.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();
const words = knownWordsFor({});
const found = async (text: string) =>
  (await spellChecker().lint(text, words)).map((finding) => [finding.rule, finding.excerpt] as const);

describe('grammar from the rules Harper files as word choice', () => {
  it.each([
    ['I would of liked to say more about the rota.', 'would of'],
    ['I could of told you sooner.', 'could of'],
    ['It was an pleasure to meet the crew.', 'an'],
    ['It was a honor to meet the crew.', 'a'],
    ['I look forward too hearing from you.', 'too'],
    ['I am more excited then ever about the role.', 'then'],
    ['Everyday I learn something new on the ward.', 'Everyday'],
  ])('%j -> grammar on %j', async (text, excerpt) => {
    expect(await found(text)).toEqual([['grammar', excerpt]]);
  });

  it.each([
    'We spent an hour on the floor, and then I met a unionized crew.',
    'I earned an MBA and a one-year certificate.',
    'It would, of course, help to see the rota first.',
    'I enjoyed it too, and I was too tired to drive afterwards.',
    'Then we walked to the stockroom, and I liked it more than the last site.',
    'Everyday tasks like restocking matter to me.',
    "I'd rather review it first, then decide.",
  ])('leaves %j alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  // Sentences written for this test: an opening adverb without its comma is the writer's style.
  it.each([
    'Honestly I fumbled the question about the night rota.',
    'Frankly the second site suits my commute better.',
    'Luckily the forklift test was the part I had practised.',
  ])('leaves an opening adverb without a comma alone: %j', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('still reports a slip next to such an adverb', async () => {
    expect(await found('Honestly I would of liked more time on the rota question.')).toEqual([['grammar', 'would of']]);
  });

  it('reads no article inside a token, nor before a word Harper does not know', async () => {
    expect(await found('I worked on the CFM56 and LEAP-1A engines and the Type-A checks.')).toEqual([]);
    // "honour" is unknown in American English, so Harper guesses its sound from the letter h.
    expect(await found("It's an honour to be considered.")).toEqual([]);
    expect(await found("It's an honor to be considered, and a honor I did not expect.")).toEqual([['grammar', 'a']]);
  });

  it('takes "ok" as a word, not a slip for "okay"', async () => {
    expect(await found('The flowers arrived ok, and the team said it was ok to call.')).toEqual([]);
  });
});

describe('grammar rules narrowed where Harper misreads this kind of note', () => {
  it.each([
    // ThereIsAgreement: "news" and the nouns in -ics are singular.
    "I'm calling to ask if there's news on the position.",
    'I wanted to ask whether there is news about the trial week, and whether there is economics in the course.',
    // ItsPossessive: "it's" before a capitalised word introduces a name or a title.
    "Hi Rosa, it's Luis. I know it's Nutcracker season and you're busy.",
    // MassNouns: a word in -ing after "a" is an adjective or a gerund.
    'We paired SpO2 trends and a rising troponin with a quick bedside check.',
    // PronounVerbAgreement: after a verb of giving, "you" receives and "copies" is the thing.
    'I will send you copies of my certificates, and I can bring you notes from the course.',
    'Somebody organized would really help you guys out.',
    // MassNouns: "a respect for" takes its complement.
    'The mock trial showed a respect for clients.',
    // RepeatedWords: a doubled intensifier is meant.
    'I really really enjoyed the day, and it was very very kind of you.',
  ])('leaves %j alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('still finds the agreement slips of the same rules', async () => {
    expect(await found('I think there is lots of options for the rota.')).toEqual([['grammar', 'is lots']]);
    expect(await found("The team loved it's new office.")).toEqual([['grammar', "it's"]]);
    expect(await found('I has renewed the certificate last year.')).toEqual([['grammar', 'has']]);
    expect(await found('I enjoyed the the tour.')).toEqual([['grammar', 'the the']]);
  });
});

describe('long sentences', () => {
  it('finds the slips inside a sentence too long for Harper’s taste', async () => {
    // Harper's LongSentences lint spans the whole sentence and, left on, hid every lint inside it.
    const text =
      'Thank you for today. Their are a lot of similarities between the two rotas, so I do not think the new ward will be a problem for me, and for urgent shifts I can cover two extra nights a week which means most gaps can be filled before the weekend.';
    expect(await found(text)).toEqual([['grammar', 'Their']]);
  });
});

describe('ruleFor', () => {
  it('sorts by the rule first, then by the kind', () => {
    expect(ruleFor({ rule: 'ModalOf', kind: 'WordChoice' })).toBe('grammar');
    expect(ruleFor({ rule: 'HowTo', kind: 'WordChoice' })).toBeNull();
    expect(ruleFor({ rule: 'OkToOkay', kind: 'Spelling' })).toBeNull();
    expect(ruleFor({ rule: 'SplitWords', kind: 'Typo' })).toBe('spelling');
    expect(ruleFor({ rule: 'RepeatedWords', kind: 'Repetition' })).toBe('grammar');
    expect(ruleFor({ kind: 'Spelling' })).toBe('spelling');
  });
});
