// How the commands word what is due.

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

export const dueMessages = {
  names,
  ofRound: (round: number) => ` (round ${round})`,
  /** A call beside notes of the same kind: "thanks after the decision to Priya and a call to Sam". */
  aCall: 'a call',
  /** The notes go through a go-between: "thank-you to Joost van der Berg via Alex Kim". */
  through: (via: string) => ` via ${via}`,
  /** After a step to people with no address yet: " (no e-mail address for Lin Yu yet)". */
  noAddressYet: (people: readonly string[], call: boolean) =>
    ` (no ${call ? 'phone number' : 'e-mail address'} for ${names(people)} yet)`,
  upcoming: (who: string, day: string) => `${who}: not before ${day}`,
  /**
   * `owed`: a call (a voicemail, or a thank-you to people who only phoned), notes, or both. `who`
   * already says "call" for a call ("follow-up call to Sam"), so the advice does not say it again;
   * a semicolon, as the day may hold commas of its own ("Tuesday, November 24, 2026"). Notes and a
   * call are "send and phone", not "both": a trial's three notes and a call read "do both today".
   */
  overdue: (who: string, day: string, owed: 'call' | 'note' | 'both' = 'note') =>
    `${who}: overdue since ${day}; ${owed === 'call' ? 'make it today' : owed === 'both' ? 'send and phone today' : 'send it today'}`,
  /**
   * A follow-up weeks past due: asking for news on a date long gone reads strangely, so it says
   * how late it is and what still fits (see LONG_OVERDUE_DAYS in due.ts).
   */
  longOverdue: (who: string, day: string, weeks: number, call: boolean) =>
    `${who}: ${weeks} weeks past due (since ${day}); a short, polite one saying you remain interested is still worth ${call ? 'making' : 'sending'}`,
  staleOverdue: (who: string, day: string, weeks: number) =>
    `${who}: ${weeks} weeks past due (since ${day}) with no answer; the role may be filled, so a stay-in-touch note fits better than asking for news`,
  dueToday: (who: string) => `${who}: due today`,
  dueBy: (who: string, day: string) => `${who}: due now, by ${day}`,
  dueBest: (who: string, day: string) => `${who}: due now, best on ${day}`,
  dueNow: (who: string) => `${who}: due now`,
  next: (line: string, why: string, command: string) => `Next: ${line}\n  ${why}\n  ${command}`,
} as const;
