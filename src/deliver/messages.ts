// What delivery says about how a note left (or did not leave) the tool.
import { shellQuote } from '../model/command-line.js';
import { kindAction } from '../model/note-kinds.js';
import type { NoteKind } from '../model/types.js';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export const messages = {
  noDisplay: 'DISPLAY is not set, so there is no display to hold a clipboard',
  badDisplay: (display: string) => `no clipboard: the display ${display} (DISPLAY) does not answer`,
  timedOut: (ms: number) => `the system clipboard did not answer within ${seconds(ms)}`,
  noHelper: 'no clipboard helper found (install xsel or xclip, or wl-clipboard on Wayland)',
  failed: (detail: string) => `the system clipboard failed: ${detail}`,
  noTerminal: 'output is not a terminal, so it cannot be copied through the terminal either',
  dumbTerminal: 'TERM=dumb: this terminal takes no escape sequences, so it cannot be asked to copy either',
  oscNote: 'sent to your terminal (OSC 52); if pasting gives nothing, your terminal does not allow it',
  tmuxNote: 'inside tmux this works only with `set -g set-clipboard on` in ~/.tmux.conf',
} as const;

/** How a note is headed where it is printed or written to a file. */
export const noteTextMessages = {
  subject: (subject: string) => `Subject: ${subject}`,
  /** A call script's subject is its title: nothing is typed into a subject field. */
  scriptTitle: (subject: string) => `${subject} (a script to read out on the call)`,
  /** Atop a file of a note that goes through a go-between: where it is sent, and for whom. */
  via: (to: string, via: string, address: string | undefined) => `To: ${to}, via ${via}${address ? ` <${address}>` : ''}`,
} as const;

/** What writing, opening and linking mail drafts says. */
export const draftMessages = {
  label: { resume: 'the resume', resumeFile: 'the attached file', coverLetter: 'the cover letter' },
  unreadable: (what: string, path: string, code: string) =>
    `cannot read ${what} at ${path} (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code}); no draft was written.`,
  unreadableTry: (what: 'resume' | 'coverLetter') =>
    `fix the path in the guided session (About you), or re-import the interview file with "candidate": {"${what}": "/path/to/file"}`,
  wrote: (count: number, dir: string) => `Wrote ${count} mail ${count === 1 ? 'draft' : 'drafts'} to ${dir}:`,
  attaches: (names: readonly string[]) => `attaches ${names.join(', ')}`,
  noAddress: (to: string) => `no e-mail address for ${to}: the draft has no To; add it in your mail program`,
  opensAsDraft:
    'Open a draft in Thunderbird or Outlook for Windows to send it (Apple Mail opens .eml files as received mail, not as drafts).',
  blocked: 'No draft written: fix what the checklist marks as an error first, or pass --force to write it anyway.',
  early: 'No draft written: the checklist says this note is early (see above), and a draft is one click from sent.',
  earlyTry: (id: string, kind: string, to: string) =>
    `wait for the day above, or read it now with: followup-coach regen ${id} --kind ${kind} --to ${shellQuote(to)} --print   (--force writes the draft anyway)`,
  /** One draft names its person, so the command can be run as it stands. */
  onceSent: (id: string, kind: NoteKind, to: readonly string[]) =>
    to.length === 1
      ? `The draft is not recorded as sent; once it has gone: followup-coach sent ${id} --kind ${kind} --to ${shellQuote(to[0]!)}`
      : `Drafts are not recorded as sent; once one has gone: followup-coach sent ${id} --kind ${kind} --to NAME`,
  voicemailNoDraft: 'a call script is for a call, not a mail: there is no draft to write.',
  voicemailNoDraftTry: (id: string, kind: string) => `followup-coach regen ${id} --kind ${kind} --print`,
  callNoDraft: (person: string) =>
    `${person} reached you by phone: their note is a call script, so no draft (regen --print shows it)`,
  callNoMailto: (person: string) =>
    `${person} reached you by phone: their note is a call script to read out, so there is no mailto: link.`,
  openNeedsEml: '--open hands a written draft to your mail program, so it needs --eml DIR.',
  openNeedsEmlTry: (id: string) => `followup-coach regen ${id} --eml drafts --open`,
  opened: (path: string, program: string) => `Opened ${path} with ${program}.`,
  noOpener: (program: string, hint: string) => `could not open the draft: ${program} is not installed (${hint}).`,
  openFailed: (program: string, detail: string) => `could not open the draft with ${program}: ${detail}.`,
  openTry: (dir: string) => `open the .eml file in ${dir} from your mail program (File > Open)`,
  openerHint: { linux: 'install xdg-utils', other: 'it comes with the system' },
  mailtoAttachments: (names: readonly string[], id: string) =>
    `(A mailto: link cannot carry attachments: attach ${names.join(' and ')} yourself before you send. For a draft with ${names.length === 1 ? 'it' : 'them'} attached: followup-coach regen ${id} --eml drafts)`,
  mailtoTooLong: (length: number, limit: number) =>
    `The mailto: link would be ${length} characters, past the ${limit} that mail programs and browsers reliably take: copying the note instead.`,
  mailtoNoAddress: (to: string) => `(No e-mail address for ${to}: the link has no recipient; add it in your mail program.)`,
} as const;

/** The words of calendar events. */
/** What to do for a step, said as a call when its note is a call script. */
const stepAction = (kind: NoteKind, person: string, call: boolean): string => {
  if (!call || kind === 'voicemail') return kindAction(kind, person);
  if (kind === 'thank-you') return `Call ${person} to say thank you`;
  // No pronoun: the model records none for a person, and "them" for a man or a woman reads wrong.
  if (kind === 'not-selected') return `Call ${person} with your thanks after the decision`;
  if (kind === 'stay-in-touch') return `Call ${person} to stay in touch`;
  return kindAction(kind, person);
};

export const calendarMessages = {
  /** `call`: the note is a call script (they reached you by phone), so the step is a call. */
  /** `via`: the go-between the note goes through ("Send a thank-you to Joost van der Berg via Alex Kim"). */
  summary: (kind: NoteKind, person: string, company: string, call = false, via?: string) =>
    `${stepAction(kind, person, call)}${via === undefined ? '' : ` via ${via}`}: ${company}`,
  description: (why: string, command: string, call = false) =>
    call
      ? `${why}\n\nMake the call and read out the script; get it with:\n${command}`
      : `${why}\n\nWrite the note with:\n${command}`,
  /** Before the description of a step to someone you have no address for yet. */
  noAddressYet: (person: string, call: boolean) =>
    `You have no ${call ? 'phone number' : 'e-mail address'} for ${person} yet.\n\n`,
  /** `today`: the reminder is for a step on the day the file is made, so it fires today. */
  alarm: (kind: NoteKind, person: string, company: string, call = false, via?: string, today = false) =>
    `${today ? 'Today' : 'Tomorrow'}: ${stepAction(kind, person, call).replace(/^./, (c) => c.toLowerCase())}${via === undefined ? '' : ` via ${via}`} (${company})`,
  cancelledDescription: 'Done, or no longer needed: nothing more to do for this step.',
  /** The company, with the round when the application has more than one. */
  ofRound: (company: string, round: number | null) => (round === null ? company : `${company}, round ${round}`),
} as const;
