// The words about a note that repeats what an earlier round's note said: regen and the review.
export const roundMessages = {
  repeats: (to: string, round: number, percent: number) =>
    `Note: ${roundMessages.repeatsFinding(to, round, percent).replace(/^This/, 'this')}`,
  repeatsFinding: (to: string, round: number, percent: number) =>
    `This reads like what you sent ${to} after round ${round} (${percent}% the same words). You met again: say what was new in this meeting.`,
} as const;
