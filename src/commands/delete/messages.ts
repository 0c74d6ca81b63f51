// The words of `followup-coach delete`.
import { joinList } from '../../compose/words.js';

export const deleteMessages = {
  question: (company: string, role: string, id: string) =>
    `Delete ${company}, ${role} (${id}), with its notes and the record of what was sent? This cannot be undone.`,
  kept: (id: string) => `Nothing was deleted: ${id} is still saved.`,
  cancelled: 'Cancelled: nothing was deleted.',
  needsYes: (id: string) => `deleting ${id} cannot be undone, and without a terminal there is no one to ask.`,
  needsYesTry: (id: string) =>
    `followup-coach delete ${id} --yes   (keep a copy first with: followup-coach export ${id} --out ${id}.json)`,
  sessionOpen: (id: string) => `${id} is open in a guided session right now, which would save it again.`,
  sessionOpenTry: 'finish or quit that session (Ctrl-C), then delete it',
  deleted: (id: string) => `Deleted ${id}.`,
  otherRounds: (ids: readonly string[]) =>
    `The other ${ids.length === 1 ? 'round' : 'rounds'} of this application ${ids.length === 1 ? 'stays' : 'stay'} saved: ${joinList(ids)} (delete ${ids.length === 1 ? 'it' : 'each'} the same way if you want ${ids.length === 1 ? 'it' : 'them'} gone).`,
  reminders:
    'Reminders for it that a calendar file put in your calendar are still there: the next `followup-coach calendar --out FILE.ics` (without an ID) marks them cancelled, or delete them in your calendar.',
} as const;
