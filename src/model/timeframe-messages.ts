// What the coach says about the interviewer's timeframe words.

export const timeframeMessages = {
  unresolved: (words: string) =>
    `No date found in "${words}". The coach keeps their words and uses the 5-business-day rule instead: ` +
    'the follow-up waits 5 business days after your thank-you. If they gave a day or a span, write it as they ' +
    'said it ("in two weeks", "by Friday") or the day itself (2026-12-04).',
  beforeInterview: (words: string, date: string, interview: string) =>
    `"${words}" reads as ${date}, before the interview on ${interview}. Check their words; ` +
    'a follow-up is allowed from the day after that date.',
  outOfRange: (words: string) =>
    `"${words}" reads as a date outside the years 1970 to 2100. The coach keeps their words and uses the ` +
    '5-business-day rule instead. If they gave a day, write the day itself (2026-12-04).',
  /** After the date "early in the new year" reads as (src/model/timeframe-phrases.ts, firstWeekBack). */
  newYear: 'the end of the first full week back in January, so the follow-up waits for the second week',
  longWait: (words: string, date: string) =>
    `"${words}" reads as ${date}, more than six months away. If they meant a nearer day, write the day itself (2026-12-04).`,
} as const;
