// The pure domain model. Every other layer (file format, store, templates, checklist, UI)
// speaks these types; none of them is allowed to invent its own copy.

/** A calendar date with no time or zone, `YYYY-MM-DD`. Interviews happen on days, not instants. */
export type IsoDate = string;

/** An instant, `new Date().toISOString()`. */
export type IsoDateTime = string;

export const MEDIA = ['email', 'phone'] as const;
export type Medium = (typeof MEDIA)[number];

export const FORMATS = ['onsite', 'video', 'phone'] as const;
export type Format = (typeof FORMATS)[number];

export const STATUSES = ['waiting', 'not-selected', 'offer', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** How the notes of one interview read: warm (the default), formal, or brief. */
export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];

/** How greetings default: given names, or Ms./Mr./Dr. and surname. */
export const FORMALITIES = ['first-names', 'titles'] as const;
export type Formality = (typeof FORMALITIES)[number];

export const NOTE_KINDS = ['thank-you', 'follow-up', 'voicemail', 'contact-request', 'not-selected', 'stay-in-touch'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface Candidate {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** Extra lines under the name, e.g. "linkedin.com/in/jordanlee". */
  readonly signature?: string | undefined;
  /** Path to the resume the follow-up re-attaches. */
  readonly resume?: string | undefined;
  /** Path to a cover letter the mail drafts attach beside the resume. */
  readonly coverLetter?: string | undefined;
  readonly link?: string | undefined;
}

export interface Interviewer {
  readonly name: string;
  readonly title: string;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  /** How this person reached you: answer e-mail with e-mail and calls with calls. */
  readonly medium: Medium;
  /** What you discussed with this person, at least one. */
  readonly topics: readonly string[];
  /** An optional personal detail the two talked about, in the candidate's words ("We both ran the Chicago marathon."). */
  readonly detail?: string | undefined;
  /** How the candidate greets them ("Priya", "Dr. Okonkwo"); derived from the name when absent. */
  readonly greeting?: string | undefined;
  /** One thing the candidate would add, answer better or send them ("the dashboard mock-up I mentioned"). */
  readonly addition?: string | undefined;
}

/** The recruiter or HR contact who receives contact requests. */
export interface Recruiter {
  readonly name: string;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  /** How the candidate greets them ("Gemma", "Ms Ashworth"); derived from the name when absent, as an interviewer's is. */
  readonly greeting?: string | undefined;
}

/** Which notes go through the go-between: the thank-yous only, or every written note. */
export const VIA_NOTES = ['thank-you', 'all'] as const;
export type ViaNotes = (typeof VIA_NOTES)[number];

/**
 * Someone who asked for the notes to go through them ("please send your thanks through me"): the
 * recruiter or an interviewer, named as saved, whose e-mail the notes go to. Each note stays one
 * person's own, greeted and written for them (src/model/via.ts says which notes).
 */
export interface Via {
  readonly name: string;
  readonly notes: ViaNotes;
}

export interface Timeframe {
  /** The interviewer's own words, kept as typed. */
  readonly text: string;
  /** The decision date those words resolve to, or null when they could not be resolved. */
  readonly date: IsoDate | null;
}

export interface SentEntry {
  readonly kind: NoteKind;
  /** The recipient's name (an interviewer or the recruiter). */
  readonly to: string;
  readonly at: IsoDateTime;
  /** How it left the tool: 'clipboard', 'osc52', 'file', 'stdout'. */
  readonly method?: string | undefined;
  readonly subject?: string | undefined;
  readonly body?: string | undefined;
}

/** A note the user edited by hand; it replaces the rendered one until the answers change. */
export interface NoteEdit {
  readonly kind: NoteKind;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly at: IsoDateTime;
}

/** A saved interview ("profile"). */
export interface Interview {
  /** A slug such as `acme-robotics-senior-backend-engineer`. */
  readonly id: string;
  readonly candidate: Candidate;
  readonly company: string;
  readonly role: string;
  readonly date: IsoDate;
  readonly format: Format;
  readonly interviewers: readonly Interviewer[];
  readonly recruiter?: Recruiter | undefined;
  /** The person the notes go through, when someone asked for that. */
  readonly via?: Via | undefined;
  readonly timeframe: Timeframe | null;
  readonly status: Status;
  /** The day the outcome in `status` was told (or recorded), when it is not `waiting`. */
  readonly statusOn?: IsoDate | undefined;
  readonly sent: readonly SentEntry[];
  readonly edits?: readonly NoteEdit[] | undefined;
  /** Which interview of the same application this is: 2 for a second round (src/model/rounds.ts). Absent means 1. */
  readonly round?: number | undefined;
  /** How the notes read; warm when absent. */
  readonly tone?: Tone | undefined;
  /** How greetings default when an interviewer has none of their own; first names when absent. */
  readonly formality?: Formality | undefined;
  /** The strength the candidate wants them to remember ("ten years on a cardiac unit"). */
  readonly strength?: string | undefined;
  /** Who told the candidate the outcome: an interviewer's or the recruiter's name. */
  readonly toldBy?: string | undefined;
}

export interface Note {
  readonly kind: NoteKind;
  /** The recipient's name, exactly as saved. */
  readonly to: string;
  /** The recipient's address or number when known. */
  readonly address?: string | undefined;
  /** How the note goes out: 'phone' for a script to read on a call; e-mail when absent. */
  readonly by?: Medium | undefined;
  readonly subject: string;
  readonly body: string;
  /** File names this note says it attaches (the resume on a follow-up). */
  readonly attachments: readonly string[];
  /** The earlier note this one quotes (the thank-you, on a follow-up). */
  readonly quotes?: string | undefined;
  /**
   * On a follow-up: no thank-you to this person is on record, so there is nothing to quote, and
   * the note neither quotes one nor says one was sent (the checklist's missing-prior keeps quiet).
   */
  readonly noEarlierNote?: true | undefined;
  /**
   * For a second follow-up (or follow-up call): when the first went out. Sent-log entries up to
   * that instant are the earlier note's, not this one's (model/sent-log.ts, entriesFor).
   */
  readonly follows?: IsoDateTime | undefined;
  /**
   * The go-between this note is sent through, when it is: `address` is then theirs, and the body
   * opens with `cover`, a short line to them, before the note greets its own recipient.
   */
  readonly via?: NoteVia | undefined;
  /**
   * On the thank-you to the person asked for the missing addresses, when it asks for them in a
   * line of its own (src/model/contact-schedule.ts): the people whose addresses it asks for.
   */
  readonly asksFor?: readonly string[] | undefined;
}

export interface NoteVia {
  readonly name: string;
  /** The line to the go-between the body opens with, exactly as rendered. */
  readonly cover: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, why it matters and how to fix it, in a coach's voice. */
  readonly message: string;
  /** 1-based line and column (in UTF-16 code units of the line, as editors count). */
  readonly line: number;
  readonly column: number;
  readonly excerpt: string;
}
