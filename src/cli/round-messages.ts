// The words about rounds of one application: import, regen and the review.
import { newsMessages } from '../session/news-messages.js';

const ordinal = (n: number) => (n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

export const roundMessages = {
  question: newsMessages.roundQuestion,
  cancelled: 'Cancelled: nothing was saved.',
  roundOrReplace: '--round saves beside the saved interview and --replace overwrites it: pick one.',
  savedRound: (id: string, round: number) => `Saved ${id}: the ${ordinal(round)} round of this application.`,
  repeats: (to: string, round: number, percent: number) =>
    `Note: ${roundMessages.repeatsFinding(to, round, percent).replace(/^This/, 'this')}`,
  repeatsFinding: (to: string, round: number, percent: number) =>
    `This reads like what you sent ${to} after round ${round} (${percent}% the same words). You met again: say what was new in this meeting.`,
  hint: (file: string) =>
    `If this is a later interview for the same role, save it as the next round: followup-coach import ${file} --round`,
} as const;
