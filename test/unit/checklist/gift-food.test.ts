// Food for the reader's side and a drop-in visit are errors by the README's rule table (a new
// user's trial: "P.S. I could swing by the prep lab on Friday with donuts for the whole crew!",
// typed into the note with e, got only a warning, so c copied it without asking). Found by their
// parts, in wordings of food and visits that name neither "donuts" nor "swing by"; the near misses
// are the writer's own meal, thanks for the reader's coffee, a story of work elsewhere, a cooking
// test, and a visit the reader invited.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { apostrophes } from '../../../src/checklist/rules/sentence-matches.js';

const severities = (text: string) => gimmick(parseDraft(text), {}).map((hit) => hit.severity ?? 'error');

describe('gimmick: food and drop-in visits are errors', () => {
  it.each([
    'P.S. I could swing by the prep lab on Friday with donuts for the whole crew!',
    'I could drop off a tray of cinnamon rolls at the workshop on Thursday.',
    "I'm thinking of dropping in at the depot tomorrow with a box of cookies.",
    "I'd be glad to have pizza delivered to the site for the crew's lunch break.",
    'I will bring some homemade scones for the conservation team next week.',
    "We'd love to treat the kitchen crew to tacos once the season is over.",
    'I can stop by the garage on Saturday to say hello to the crew.',
    "I'd love to swing by the site office one morning and say hi to everyone.",
    'I could pop round to your studio on Monday to thank you in person.',
    // A hamper, a box or a jar, whatever is in it.
    "I've left a jar of our heather honey at reception for you.",
    'I am sending a hamper of Cornish cheeses to the team this week.',
    'I dropped off two crates of early apples at the yard for the crew.',
    "I'll drop by with a jar of quince jam as a little present for the clinic.",
    "I've left a box of my dad's smoked mackerel with the harbour office for you and the crew.",
  ])('%j is an error', (text) => expect(severities(text)).toEqual(['error']));

  it.each([
    'Thank you for the coffee and the tour of the lab.',
    'At my last job I brought pastries to the front desk every Friday.',
    'I brought my lunch to the site every day at the quarry.',
    "I'd be glad to make the lunch meeting with the team on Friday.",
    "I'll send the lunch-and-learn slides to the team.",
    'I baked bread every morning at my last bakery, which is why early shifts suit me.',
    "I'm happy to cook lunch for the kitchen crew as part of the trial shift.",
    "I'm happy to come by the lab whenever suits you.",
    'I could start on the fourteenth if that suits the team.',
    'I enjoyed our talk over coffee with the whole crew.',
    "I've sent a copy of my CV to the office, as you asked.",
    'I left a box of my certificates with reception for the panel to see.',
    'I have been trained to lift a bag of cement to the scaffold safely.',
    // A box may hold anything: without a word of the kitchen it is the broad tier's to weigh.
    'I left a box of spare gaskets at the workshop for the crew, as you asked.',
  ])('finds no error in %j', (text) => expect(severities(text)).not.toContain('error'));
});

// A name or a place with an accent before its "'s", and the curly apostrophe most editors type:
// the shapes' word characters and the reader's side take both (apostrophes() in sentence-matches.ts).
describe('gimmick: food for a name with an accent, with either apostrophe', () => {
  it.each([
    "I've left a box of Zoë's smoked mackerel with the harbour office for you and the crew.",
    'I’ve left a box of Zoë’s smoked mackerel with the harbour office for you and the crew.',
    // The same name typed in NFD: an "e" and a combining diaeresis.
    'I’ve left a box of Zoe\u0308’s smoked mackerel with the harbour office for you and the crew.',
    "I'll drop off a tray of cinnamon rolls for the café's kitchen.",
    'I’ll drop off a tray of cinnamon rolls for the café’s kitchen.',
  ])('%j is an error, as its plain ASCII twin is', (text) => expect(severities(text)).toEqual(['error']));

  it('still wants a word of the kitchen after a box of something with an accent', () => {
    expect(severities('I left a box of Zoë’s spare gaskets at the workshop for the crew, as you asked.')).not.toContain('error');
  });
});

describe('apostrophes: a pattern source as prose is written', () => {
  it('gives a class both apostrophes and accented letters, and wraps them outside one', () => {
    const pattern = new RegExp(`^${apostrophes(String.raw`[\w']+ (?:\w+) o'clock`)}$`);
    expect(['Zoë’s café o’clock', "Zoë's cafe o'clock", 'Zoe\u0308’s café o’clock'].map((text) => pattern.test(text))).toEqual([
      true,
      true,
      true,
    ]);
    expect(pattern.test('Zoë’s café o"clock')).toBe(false);
    // Other escapes are kept as they are.
    expect(apostrophes(String.raw`\s+\b\.`)).toBe(String.raw`\s+\b\.`);
  });
});
