// Whether a timeframe's words name its day, apart from timeframe.ts so that composing a note
// does not load chrono-node.

// A hedge makes even a named day a guess: "probably Friday" is not a date they gave.
const HEDGE =
  /\b(?:probably|maybe|perhaps|possibly|hopefully|around|about|roughly|approximately|ish|or\s+so|might|may\s+be|if|once|unless|depending)\b/;
export const NAMED_DAY = new RegExp(
  [
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:today|tomorrow|tonight)\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}/\d{1,2}\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`,
  ].join('|'),
);

/**
 * Whether the interviewer's words name the decision day itself ("by Friday", "by the 11th",
 * "December 4"), so a note may say it as the day they gave. Words for a span ("mid-December",
 * "within two weeks", "once the trustees meet") resolve to a date only to time the follow-up:
 * that day is the coach's reading, and a note never tells the reader it is theirs.
 */
export function namesItsDay(words: string): boolean {
  const text = words.toLowerCase();
  return NAMED_DAY.test(text) && !HEDGE.test(text);
}
