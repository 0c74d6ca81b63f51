// What the coach says when it cannot use the interview day the user typed.

const EXAMPLES = '"today", "yesterday", a weekday such as "Monday", or a date such as "2026-11-24" or "24 Nov"';

export const interviewDateMessages = {
  empty: `Type the day of the interview: ${EXAMPLES}.`,
  notADay: (text: string) => `${text} is not a real calendar day. Type the day of the interview: ${EXAMPLES}.`,
  /** `guess`: the word a slip away that the coach reads ("yesterday" for "yesterdya"), if any. */
  unreadable: (text: string, guess?: string) =>
    guess === undefined
      ? `"${text}" is not a day the coach can read. Type ${EXAMPLES}.`
      : `"${text}" is not a day the coach can read. Did you mean "${guess}"? Or type ${EXAMPLES}.`,
  outOfRange: (day: string) => `${day} is before 1970. Type the day the interview took place: ${EXAMPLES}.`,
  dayFirst: (text: string, swapped: string) =>
    `"${text}" has no month ${text.split(/[/.]/)[1]}: dates here are day first (day/month/year). Type ${swapped}, or the day in words such as "24 Nov".`,
  future: (day: string) => `${day} is still ahead. Type the day the interview took place; the coach writes the notes after it.`,
} as const;
