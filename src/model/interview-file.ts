// The interview file (format version 1): read with readable problems, written back losslessly.
// A file omits what the model can recompute: the timeframe's date comes from its words on every
// read, and the id from company and role when the file has none.
import { matchName, type Named } from '../compose/match-name.js';
import { missingAddressIn, whoToAsk } from './address.js';
import { askedInThankYou, contactRequestState } from './contact-schedule.js';
import type { BusinessCalendar, DateStyle } from './dates.js';
import { fileMessages as m } from './file-messages.js';
import { type FieldProblem, kindOf, pathText, problemsFromIssues } from './file-problems.js';
import { interviewFileSchema, type InterviewFileData } from './interview-schema.js';
import { schemaDepth } from './schema-depth.js';
import { savedSlugFor, slugFor } from './slug.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { strictJsonProblem } from './strict-json.js';
import { textProblems } from './text-rules.js';
import { resolveTimeframe } from './timeframe.js';
import type { Candidate, Interview, Interviewer } from './types.js';

export type { FieldProblem } from './file-problems.js';

/** The deepest nesting the format has (today 4: the file, "interviewers", one interviewer, its "topics"). */
export const MAX_DEPTH = schemaDepth(interviewFileSchema);

export interface ParseOptions {
  /** The saved candidate, used when the file has none. */
  readonly candidate?: Candidate | null;
  /** Ids already saved, so a derived id does not collide. */
  readonly taken?: readonly string[];
  /** The saved ids: a derived id an older version wrote differently (slug.ts) keeps the saved one. */
  readonly saved?: readonly string[];
  /** The business days a timeframe such as "within 10 business days" counts. */
  readonly calendar: BusinessCalendar;
  /** How its warnings write a day. */
  readonly dateStyle: DateStyle;
}

export type ParseResult =
  | { readonly ok: true; readonly interview: Interview; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

type Compacted<T> = { [K in keyof T]: Exclude<T[K], null> };

/** Drops undefined and null so optional fields are absent, never empty. */
function compact<T extends object>(value: T): Compacted<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Compacted<T>;
}

function duplicateNames(interviewers: readonly { readonly name: string }[]): FieldProblem[] {
  const seen = new Set<string>();
  return interviewers.flatMap(({ name }, index) => {
    const key = name.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ path: `interviewers[${index}].name`, problem: m.duplicateName(name), fix: m.duplicateNameFix }];
  });
}

/** The people a name in the file may point to: the interviewers, then the recruiter when not one of them. */
function peopleOf(data: InterviewFileData): Named[] {
  const interviewers: Named[] = data.interviewers.map((person) => ({ name: person.name, greeting: person.greeting }));
  const recruiter = data.recruiter?.name;
  return recruiter !== undefined && !interviewers.some((person) => person.name === recruiter)
    ? [...interviewers, { name: recruiter }]
    : interviewers;
}

interface NameWords {
  readonly unknown: (typed: string) => string;
  readonly unknownFix: (names: readonly string[]) => string;
  readonly ambiguous: (typed: string, matches: readonly string[]) => string;
  readonly ambiguousFix: (names: readonly string[]) => string;
}

/**
 * Whom a name in the file means, read as every command reads a name (src/compose/match-name.ts):
 * titles set aside, accents optional, a given name or surname that fits one person. It must fit
 * exactly one interviewer or the recruiter, and their full name is what is saved.
 */
function personNamed(
  data: InterviewFileData,
  typed: string,
  path: string,
  words: NameWords,
): { readonly name?: string; readonly problems: FieldProblem[] } {
  const people = peopleOf(data);
  const names = people.map((person) => person.name);
  const match = matchName(people, typed);
  if (match.kind === 'found') return { name: names[match.indexes[0]!]!, problems: [] };
  const problem =
    match.kind === 'ambiguous'
      ? {
          problem: words.ambiguous(
            typed,
            match.indexes.map((index) => names[index]!),
          ),
          fix: words.ambiguousFix(names),
        }
      : { problem: words.unknown(typed), fix: words.unknownFix(names) };
  return { problems: [{ path, ...problem }] };
}

/** Who `toldBy` names: only the interviewers and the recruiter are thanked for the news. */
function tellerOf(data: InterviewFileData): { readonly name?: string; readonly problems: FieldProblem[] } {
  if (data.toldBy === undefined) return { problems: [] };
  return personNamed(data, data.toldBy, 'toldBy', {
    unknown: m.unknownTeller,
    unknownFix: m.unknownTellerFix,
    ambiguous: m.ambiguousTeller,
    ambiguousFix: m.ambiguousTellerFix,
  });
}

/** Whom `via` names, and that they have an e-mail for the notes to go to. */
function goBetweenIn(data: InterviewFileData): { readonly name?: string; readonly problems: FieldProblem[] } {
  if (data.via === undefined) return { problems: [] };
  const found = personNamed(data, data.via.name, 'via.name', {
    unknown: m.unknownGoBetween,
    unknownFix: m.unknownGoBetweenFix,
    ambiguous: m.ambiguousGoBetween,
    ambiguousFix: m.ambiguousGoBetweenFix,
  });
  const name = found.name;
  if (name === undefined) return found;
  const recruiter = data.recruiter?.name === name ? data.recruiter : undefined;
  const index = data.interviewers.findIndex((person) => person.name === name);
  if (recruiter?.email || data.interviewers[index]?.email) return found;
  const where = recruiter !== undefined ? '"recruiter"' : `"interviewers[${index}]"`;
  return {
    problems: [{ path: 'via.name', problem: m.goBetweenWithoutEmail(name), fix: m.goBetweenWithoutEmailFix(name, where) }],
  };
}

/**
 * The names the "sent" and "edits" entries are saved under. The schedule, the review and the
 * follow-up's quote find an entry by its person's saved name, so an entry written "Priya" for
 * Priya Raghunathan would count for nobody, and her follow-up would quote the tool's thank-you,
 * not the one she got. A name that fits one person is saved as their full name (and the file is
 * told so); one that fits two is a problem; one that fits nobody (someone since taken off the
 * panel) is kept as written, with a warning.
 */
function entryNames(data: InterviewFileData): {
  readonly sent: readonly string[];
  readonly edits: readonly string[];
  readonly problems: FieldProblem[];
  /** Each with the person it is about: the name it was saved as, or as written for nobody known. */
  readonly warnings: PersonWarning[];
} {
  const people = peopleOf(data);
  const names = people.map((person) => person.name);
  const problems: FieldProblem[] = [];
  const warnings: PersonWarning[] = [];
  const resolve = (list: 'sent' | 'edits') =>
    (data[list] ?? []).map(({ to }, index) => {
      const path = `${list}[${index}].to`;
      const match = matchName(people, to);
      if (match.kind === 'found') {
        const name = names[match.indexes[0]!]!;
        if (name !== to) warnings.push({ who: name, text: m.entrySaved(path, to, name) });
        return name;
      }
      if (match.kind === 'ambiguous') {
        const problem = m.ambiguousEntry(
          to,
          match.indexes.map((at) => names[at]!),
        );
        problems.push({ path, problem, fix: m.ambiguousEntryFix(names) });
      } else warnings.push({ who: to, text: m.unknownEntry(path, to, names) });
      return to;
    });
  return { sent: resolve('sent'), edits: resolve('edits'), problems, warnings };
}

/**
 * What the file warns about addresses: none for the medium they used. The person to ask is the
 * one the schedule's contact request goes to (the recruiter, else a colleague you can e-mail).
 */
export function warningsFor(interview: Interview): string[] {
  return addressWarnings(interview).map((warning) => warning.text);
}

function addressWarnings(interview: Interview): PersonWarning[] {
  const asker = whoToAsk(interview);
  const ask = asker?.email ? asker.name : undefined;
  const inThankYou = askedInThankYou(interview) !== null;
  // A request the file lists as sent (on its own, or in the askee's thank-you) is not promised again.
  const asked = ask !== undefined && contactRequestState(interview, null) === 'asked';
  // Only while the decision is awaited does the schedule ask anybody for an address: after a no
  // it asks no favour (scheduleMessages.unreachableAfterNo), after an offer or once closed no note is due.
  const noEmail = (name: string) =>
    interview.status !== 'waiting'
      ? m.noEmailAfterDecision(name)
      : asked
        ? m.noEmailAsked(name, ask, inThankYou)
        : m.noEmail(name, ask, inThankYou);
  return interview.interviewers.flatMap((person) =>
    [
      ...(person.medium === 'phone' && person.phone === undefined
        ? [person.email?.trim() ? m.phoneWithEmailOnly(person.name) : m.phoneWithoutNumber(person.name)]
        : []),
      ...(missingAddressIn(interview, person) === 'email' ? [noEmail(person.name)] : []),
    ].map((text) => ({ who: person.name, text })),
  );
}

interface PersonWarning {
  readonly who: string | undefined;
  readonly text: string;
}

/**
 * The warnings in the order of the interview's people as the file lists them (its interviewers,
 * then the recruiter), each person's in the order of the file's fields; one about nobody known
 * comes after them. Read person by person, they match the file.
 */
function inPeopleOrder(interview: Interview, warnings: readonly PersonWarning[]): string[] {
  const order = [...interview.interviewers.map((person) => person.name), interview.recruiter?.name];
  const rank = (who: string | undefined) => {
    const at = who === undefined ? -1 : order.indexOf(who);
    return at < 0 ? order.length : at;
  };
  return warnings
    .map((warning, at) => ({ ...warning, at, rank: rank(warning.who) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map((warning) => warning.text);
}

function derivedId(company: string, role: string, options: ParseOptions): string {
  return options.taken === undefined ? savedSlugFor(company, role, options.saved ?? []) : slugFor(company, role, options.taken);
}

function toInterview(
  data: InterviewFileData,
  candidate: Candidate,
  options: ParseOptions,
  named: {
    readonly toldBy: string | undefined;
    readonly via: string | undefined;
    readonly sent: readonly string[];
    readonly edits: readonly string[];
  },
): { interview: Interview; warning?: string } {
  const { timeframe, warning } = resolveTimeframe(
    data.timeframe ?? null,
    data.interviewDate,
    options.calendar,
    options.dateStyle,
  );
  const interview: Interview = {
    id: data.id ?? derivedId(data.company, data.role, options),
    candidate: compact(candidate),
    company: data.company,
    role: data.role,
    date: data.interviewDate,
    format: data.format,
    interviewers: data.interviewers.map((person): Interviewer => compact(person)),
    ...(data.recruiter === undefined ? {} : { recruiter: compact(data.recruiter) }),
    ...(data.via === undefined || named.via === undefined
      ? {}
      : { via: { name: named.via, notes: data.via.notes ?? 'thank-you' } }),
    timeframe,
    status: data.status ?? 'waiting',
    ...(data.statusOn === undefined ? {} : { statusOn: data.statusOn }),
    ...(data.round === undefined || data.round === 1 ? {} : { round: data.round }),
    sent: (data.sent ?? []).map((entry, index) => compact({ ...entry, to: named.sent[index] ?? entry.to })),
    ...(data.edits !== undefined && data.edits.length > 0
      ? { edits: data.edits.map((edit, index) => compact({ ...edit, to: named.edits[index] ?? edit.to })) }
      : {}),
    ...compact({ tone: data.tone, formality: data.formality, strength: data.strength, toldBy: named.toldBy }),
  };
  return { interview, ...(warning === undefined ? {} : { warning }) };
}

export function parseInterviewObject(value: unknown, options: ParseOptions): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', problem: m.notAnObject(kindOf(value)), fix: m.notAnObjectFix }] };
  }
  const version = (value as Record<string, unknown>).version;
  // Another version may mean other fields: listing them all as unknown would only mislead.
  if (version !== undefined && version !== 1) {
    return { ok: false, problems: [{ path: 'version', problem: m.versionWrong(version), fix: m.versionWrongFix }] };
  }
  const parsed = interviewFileSchema.safeParse(value);
  // Every text field, known or not, by one rule; the schema's own word on such a field would repeat it.
  const unsafe = textProblems(value);
  const flagged = new Set(unsafe.map((p) => p.path));
  const problems: FieldProblem[] = [
    ...unsafe,
    ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, value))
      .filter((p) => !flagged.has(p.path))
      .map((p) => (p.path === 'version' ? { path: 'version', problem: m.versionMissing, fix: m.versionMissingFix } : p)),
  ];
  const data = parsed.success ? parsed.data : undefined;
  const candidate = data?.candidate ?? options.candidate ?? undefined;
  if (!('candidate' in value) && (options.candidate ?? null) === null) {
    problems.push({ path: 'candidate', problem: m.noCandidate, fix: m.noCandidateFix });
  }
  const teller = data === undefined ? { problems: [] } : tellerOf(data);
  const between = data === undefined ? { problems: [] } : goBetweenIn(data);
  const entries = data === undefined ? { sent: [], edits: [], problems: [], warnings: [] } : entryNames(data);
  if (data !== undefined)
    problems.push(...duplicateNames(data.interviewers), ...teller.problems, ...between.problems, ...entries.problems);
  if (problems.length > 0 || data === undefined || candidate === undefined) return { ok: false, problems };
  const { interview, warning } = toInterview(data, candidate, options, {
    toldBy: teller.name,
    via: between.name,
    sent: entries.sent,
    edits: entries.edits,
  });
  // A short name read as someone's is saved as their full name: say whose.
  const toldBy =
    data.toldBy !== undefined && teller.name !== data.toldBy
      ? [{ who: teller.name, text: m.tellerSaved(data.toldBy, teller.name!) }]
      : [];
  const via =
    data.via !== undefined && between.name !== data.via.name
      ? [{ who: between.name, text: m.goBetweenSaved(data.via.name, between.name!) }]
      : [];
  return {
    ok: true,
    interview,
    warnings: [
      ...(warning === undefined ? [] : [warning]),
      ...inPeopleOrder(interview, [...toldBy, ...via, ...entries.warnings, ...addressWarnings(interview)]),
    ],
  };
}

/** Where `position` (a UTF-16 offset) falls, as 1-based line and column. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function invalidJson(problem: string): ParseResult {
  return { ok: false, problems: [{ path: '', problem, fix: m.invalidJsonFix }] };
}

export function parseInterviewText(text: string, options: ParseOptions): ParseResult {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [{ path: '', problem: m.emptyFile, fix: m.notAnObjectFix }] };
  const strict = strictJsonProblem(source, MAX_DEPTH);
  if (strict?.kind === 'too-deep') {
    return { ok: false, problems: [{ path: pathText(strict.path), problem: m.tooDeep(MAX_DEPTH), fix: m.tooDeepFix }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    // Where and what in our own words (json-syntax.ts says why not V8's); V8's position is the
    // fallback should the two ever disagree about what is JSON.
    const found = findJsonSyntaxError(source);
    if (found !== null) return invalidJson(m.invalidJson(found.problem, found.line, found.column));
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(source, Number(/position (\d+)/.exec(message)?.[1] ?? source.length));
    return invalidJson(m.invalidJson(m.notJsonHere, line, column));
  }
  if (strict?.kind === 'duplicate-key') {
    const at = pathText(strict.path);
    return { ok: false, problems: [{ path: at, problem: m.duplicateKey(strict.key), fix: m.duplicateKeyFix(strict.key) }] };
  }
  return parseInterviewObject(value, options);
}

/** The interview as a version 1 file object, fields in the documented order. */
export function toInterviewFile(interview: Interview): object {
  const { sent, edits, recruiter } = interview;
  return {
    version: 1,
    id: interview.id,
    candidate: compact(interview.candidate),
    company: interview.company,
    role: interview.role,
    interviewDate: interview.date,
    format: interview.format,
    timeframe: interview.timeframe?.text ?? null,
    status: interview.status,
    ...(interview.statusOn === undefined ? {} : { statusOn: interview.statusOn }),
    ...(interview.round === undefined ? {} : { round: interview.round }),
    ...(recruiter === undefined ? {} : { recruiter: compact(recruiter) }),
    ...(interview.via === undefined ? {} : { via: { name: interview.via.name, notes: interview.via.notes } }),
    interviewers: interview.interviewers.map((person) => compact(person)),
    ...(sent.length > 0 ? { sent: sent.map((entry) => compact(entry)) } : {}),
    ...(edits !== undefined && edits.length > 0 ? { edits: edits.map((edit) => compact(edit)) } : {}),
    ...compact({ tone: interview.tone, formality: interview.formality, strength: interview.strength, toldBy: interview.toldBy }),
  };
}

/** The file's text: 2-space JSON and a final newline. */
export function formatInterviewFile(interview: Interview): string {
  return `${JSON.stringify(toInterviewFile(interview), null, 2)}\n`;
}
