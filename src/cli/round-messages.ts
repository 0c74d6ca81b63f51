// The words about rounds of one application (import, list).

import { newsMessages } from '../session/news-messages.js';

const ordinal = (n: number) => (n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

export const roundMessages = {
  question: newsMessages.roundQuestion,
  cancelled: 'Cancelled: nothing was saved.',
  roundOrReplace: '--round saves beside the saved interview and --replace overwrites it: pick one.',
  savedRound: (id: string, round: number) => `Saved ${id}: the ${ordinal(round)} round of this application.`,
  hint: (file: string) => `If this is a later interview for the same role, save it as the next round: followup-coach import ${file} --round`,
} as const;
