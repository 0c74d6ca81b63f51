// Spelled-out counts in timeframe phrases ("in two weeks", "within ten business days") become
// digits before the phrase rules run, so each rule matches one shape.

const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fortyfive: 45,
};

// "a couple of" means two and "a few" three; "a"/"an" before a unit means one.
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // "In a fortnight" is how much of the English-speaking world says two weeks.
  [/\b(?:(?:a|one)\s+)?fortnight\b/g, '2 weeks'],
  // A loose "few days" from a busy team means working days.
  [/\b(?:a\s+)?few\s+days\b/g, '3 business days'],
  [/\b(?:a\s+)?couple(?:\s+of)?\s+days\b/g, '2 business days'],
  [/\b(?:a\s+)?couple(?:\s+of)?\b/g, '2'],
  [/\b(?:a\s+)?few\b/g, '3'],
  [/\bseveral\b/g, '5'],
  [/\bhalf\s+a\s+week\b/g, '3 days'],
  [/\b(?:a|an|one)\s+(?=(?:business\s+|working\s+|calendar\s+)?(?:day|week|month)\b)/g, '1 '],
];

/** Lower-cases `text` and writes every number word and counting phrase as digits. */
export function digitsForNumberWords(text: string): string {
  let result = text.toLowerCase().replace(/\bforty[\s-]five\b/g, 'fortyfive');
  for (const [pattern, digits] of PHRASES) result = result.replace(pattern, digits);
  return result.replace(/\b[a-z]+\b/g, (word) => {
    const value = WORDS[word];
    return value === undefined ? word : String(value);
  });
}
