// The words of `followup-coach import`.
import { newsMessages } from '../../session/news-messages.js';

const ordinal = (n: number) => (n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

export const importMessages = {
  stdin: 'stdin',
  warning: (text: string) => `note: ${text}`,
  roundQuestion: newsMessages.roundQuestion,
  cancelled: 'Cancelled: nothing was saved.',
  roundOrReplace: '--round saves beside the saved interview and --replace overwrites it: pick one.',
  roundOrReplaceTry: 'followup-coach import --help',
  savedRound: (id: string, round: number) => `Saved ${id}: the ${ordinal(round)} round of this application.`,
  savedBeside: (id: string, wanted: string) => `Saved as ${id}: ${wanted} holds a different interview (--replace overwrites it).`,
  saved: (id: string) => `Saved ${id}.`,
  replaced: (id: string) => `Replaced ${id}.`,
  unchanged: (id: string) => `Already saved as ${id}; nothing changed.`,
  updated: (id: string, added: number) =>
    `Updated ${id}: the file lists ${added === 1 ? 'a note' : `${added} notes`} as sent that the saved interview did not have.`,
  /** The same words for the decision, read as another day than when it was saved (the user's holidays, newer rules). */
  reread: (id: string, words: string, day: string, was: string) =>
    `Updated ${id}: "${words}" now reads as ${day} (it was saved as ${was}); the schedule follows the new day.`,
  /** Answers the same, and no note added: what the store keeps of the file beyond them changed. */
  updatedOther: (id: string) => `Updated ${id} with what the file adds to the saved answers.`,
  what: (company: string, role: string) => `  ${company}, ${role}`,
  roundHint: (file: string) =>
    `If this is a later interview for the same role, save it as the next round: followup-coach import ${file} --round`,
} as const;
