// What is due, for whom and when, from the interview, what was sent and today's date. Pure: the
// clock is the `now` argument, and the business days (weekends, public holidays) the `calendar` one.
import { type AddressNeed, missingAddressIn, whoToAsk } from './address.js';
import { answerMedium } from './answer-medium.js';
import {
  askedInThankYou,
  contactRequestState,
  lapsedAddressLine,
  thankYouDueBy,
  thankYouLapsed,
  thankYouStale,
  staleThanksLine,
  unthankedWithoutAddress,
} from './contact-schedule.js';
import { addMonths } from './calendar.js';
import {
  type BusinessCalendar,
  type DateStyle,
  addBusinessDays,
  compareDates,
  formatDay,
  nextBusinessDay,
  todayOf,
} from './dates.js';
import { type FollowUpWindow, followUpWindowFor } from './follow-up-window.js';
import { tellerOffPanel } from './outcome.js';
import { scheduleMessages as m } from './schedule-messages.js';
import { daysSent, dayOf, latest } from './sent-log.js';
import type { Interview, Interviewer, IsoDate, NoteKind } from './types.js';
import { goBetweenOf, writtenThrough } from './via.js';

export { followUpHoldFor, followUpNotBefore, isFollowUp } from './follow-up-window.js';

export interface DueItem {
  readonly kind: NoteKind;
  /** Who receives it: the interviewers concerned, or the recruiter for a contact request. */
  readonly to: readonly string[];
  readonly notBefore: IsoDate;
  readonly recommended: IsoDate;
  /** The last good day, or null when there is no deadline. */
  readonly by: IsoDate | null;
  readonly state: 'overdue' | 'due' | 'upcoming';
  readonly why: string;
  /** A step the schedule left out on the way to this one, in a sentence (also the start of `why`). */
  readonly dropped?: string;
  /** The go-between these notes are sent through (src/model/via.ts), when they are. */
  readonly via?: string | undefined;
  /** Those in `to` with no address yet for this note (a follow-up to someone you never had the e-mail of). */
  readonly noAddress?: readonly string[];
}

export interface Schedule {
  /** Most urgent first. */
  readonly items: readonly DueItem[];
  readonly next: DueItem | null;
  /** Why nothing more is due, when nothing is. */
  readonly done: string | null;
}

// `lateWhy` replaces `why` once the item is overdue.
type Plan = Omit<DueItem, 'state'> & { readonly lateWhy?: string };

// The note that unblocks another comes first among equally urgent ones.
const KIND_ORDER: readonly NoteKind[] = [
  'contact-request',
  'thank-you',
  'not-selected',
  'follow-up',
  'voicemail',
  'stay-in-touch',
];
const STATE_ORDER = { overdue: 0, due: 1, upcoming: 2 } as const;
// A stay-in-touch note about three months after the news: long enough to have something new
// to say, soon enough that they still remember you, and when the next openings come round.
export const STAY_IN_TOUCH_MONTHS = 3;
// How many business days after the news a thank-you for it still reads as a reply to it.
const NOT_SELECTED_LIFE = 5;

function stateOf(plan: Plan, today: IsoDate): DueItem['state'] {
  if (today < plan.notBefore) return 'upcoming';
  return plan.by !== null && today > plan.by ? 'overdue' : 'due';
}

function notSent(interview: Interview, kind: NoteKind): Interviewer[] {
  return interview.interviewers.filter((person) => daysSent(interview, person.name, [kind]).length === 0);
}

function fromWindow(kind: NoteKind, people: readonly Interviewer[], window: FollowUpWindow, prefix = ''): Plan {
  const { notBefore, recommended, by, why } = window;
  return { kind, to: people.map((p) => p.name), notBefore, recommended, by, why: prefix + why };
}

/** A follow-up for those reached by e-mail and a call for those reached by phone, same window. */
function byMedium(people: readonly Interviewer[], window: FollowUpWindow): Plan[] {
  const mail = people.filter((p) => answerMedium(p) === 'email');
  const phone = people.filter((p) => answerMedium(p) === 'phone');
  return [
    ...(mail.length > 0 ? [fromWindow('follow-up', mail, window)] : []),
    ...(phone.length > 0 ? [fromWindow('voicemail', phone, window, m.byPhone(phone.map((p) => p.name)))] : []),
  ];
}

/**
 * Each interviewer's next follow-up window, with those whose windows are the same day for day
 * and word for word together: one item for them, and a separate one for anyone whose wait differs.
 */
function sameWindows(interview: Interview, calendar: BusinessCalendar, style: DateStyle, today: IsoDate) {
  const groups = new Map<string, { people: Interviewer[]; window: FollowUpWindow }>();
  for (const person of interview.interviewers) {
    const window = followUpWindowFor(interview, person, calendar, style, today);
    if (window === null) continue;
    const key = JSON.stringify([window.notBefore, window.recommended, window.by, window.why]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { people: [person], window });
    else group.people.push(person);
  }
  return [...groups.values()];
}

function waitingPlans(interview: Interview, today: IsoDate, calendar: BusinessCalendar, style: DateStyle): Plan[] {
  const plans: Plan[] = [];
  // Someone with no address whose thank-you is past its day is thanked no more (and nobody is
  // asked for their address for it): src/model/contact-schedule.ts.
  const unthanked = notSent(interview, 'thank-you').filter(
    (person) => !thankYouLapsed(interview, person, today) && !thankYouStale(interview, person, today),
  );
  const due = thankYouDueBy(interview);
  const askee = whoToAsk(interview);
  // The request, when due, is a note of its own or a sentence in the askee's thank-you, which
  // then goes first: it is the one the others' thank-yous wait on.
  const asking = askee !== null && contactRequestState(interview, today) === 'due';
  const inThankYou = asking ? askedInThankYou(interview) : null;
  const noAddress = unthankedWithoutAddress(interview);
  const [askWhat, askNeeds] = [noAddress.map(({ person }) => person.name), noAddress.map(({ needs }) => needs)];
  if (asking && inThankYou === null) {
    plans.push({
      kind: 'contact-request',
      to: [askee.name],
      notBefore: interview.date,
      recommended: interview.date,
      by: due,
      why: m.contactRequest(askWhat, askee.name, askNeeds),
    });
  }
  const [why, lateWhy] = [m.thankYouDue(formatDay(due, style)), m.thankYouLate(formatDay(due, style))];
  const thanks = (people: readonly Interviewer[], first = ''): Plan => ({
    kind: 'thank-you',
    to: people.map((p) => p.name),
    notBefore: interview.date,
    recommended: interview.date,
    by: due,
    why: first + why,
    lateWhy,
  });
  const askFirst = unthanked.filter((person) => person.name === inThankYou?.name);
  const others = unthanked.filter((person) => person.name !== inThankYou?.name);
  if (askFirst.length > 0) plans.push(thanks(askFirst, m.thankYouAsks(askWhat, askFirst[0]!.name, askNeeds)));
  if (others.length > 0) plans.push(thanks(others));
  for (const { people, window } of sameWindows(interview, calendar, style, today)) plans.push(...byMedium(people, window));
  return plans.map((plan) => withNoAddress(interview, plan));
}

/** A follow-up (or follow-up call) marked with those in it you have no address for yet. */
function withNoAddress(interview: Interview, plan: Plan): Plan {
  if (plan.kind !== 'follow-up' && plan.kind !== 'voicemail') return plan;
  const lacking = plan.to.filter((name) => {
    const person = interview.interviewers.find((p) => p.name === name);
    return person !== undefined && missingAddressIn(interview, person) !== null;
  });
  return lacking.length === 0 ? plan : { ...plan, noAddress: lacking };
}

/**
 * After a no, the people no note can reach: an interviewer without the address for the way they
 * reached you (a caller with no number, a writer with no e-mail, unless a go-between carries the
 * note), and an off-panel teller with neither. Nobody asks for an address after a no
 * (scheduleMessages.unreachableAfterNo says why), so no plan names them.
 */
function unreachableAfterNo(interview: Interview): { readonly names: string[]; readonly needs: AddressNeed[] } {
  const teller = tellerOffPanel(interview);
  const tellerOut = teller !== null && !teller.email?.trim() && !teller.phone?.trim() ? [teller.name] : [];
  const people = interview.interviewers.flatMap((person) => {
    const needs = missingAddressIn(interview, person);
    return needs === null ? [] : [{ name: person.name, needs }];
  });
  return {
    names: [...tellerOut, ...people.map((entry) => entry.name)],
    needs: [...tellerOut.map((): AddressNeed => 'email'), ...people.map((entry) => entry.needs)],
  };
}

function notSelectedPlans(interview: Interview, today: IsoDate, calendar: BusinessCalendar, style: DateStyle): Plan[] {
  const plans: Plan[] = [];
  const out = new Set(unreachableAfterNo(interview).names);
  const reachable = (person: { readonly name: string }) => !out.has(person.name);
  // The day of the news as recorded (`followup-coach status --on`): the thanks go by the next
  // business day. Without it the day is not known, so the thanks are simply due now.
  const toldOn = interview.statusOn ?? interview.date;
  const unthanked = notSent(interview, 'not-selected').filter(reachable);
  const by = interview.statusOn === undefined ? null : addBusinessDays(toldOn, 1, calendar);
  // A "thank you for letting me know" weeks later reads as an afterthought: past its moment the
  // schedule drops it and moves on to the stay-in-touch note, counted from the news.
  const lapsed = by !== null && today > addBusinessDays(toldOn, NOT_SELECTED_LIFE, calendar);
  // A recruiter who told you the news without sitting on the panel gets a reply of their own, first.
  const teller = tellerOffPanel(interview);
  const tellerOwed = teller !== null && reachable(teller) && daysSent(interview, teller.name, ['not-selected']).length === 0;
  if (teller !== null && tellerOwed && !lapsed) {
    const day = by === null ? null : formatDay(by, style);
    plans.push({
      kind: 'not-selected',
      to: [teller.name],
      notBefore: toldOn,
      recommended: toldOn,
      by,
      why: m.notSelectedTeller(teller.name, day),
      ...(day === null ? {} : { lateWhy: m.notSelectedLate(day) }),
    });
  }
  if (unthanked.length > 0 && !lapsed) {
    const [why, lateWhy] =
      by === null ? [m.notSelected, undefined] : [m.notSelectedBy(formatDay(by, style)), m.notSelectedLate(formatDay(by, style))];
    plans.push({
      kind: 'not-selected',
      to: unthanked.map((p) => p.name),
      notBefore: toldOn,
      recommended: toldOn,
      by,
      why,
      ...(lateWhy === undefined ? {} : { lateWhy }),
    });
  }
  // Each person's step ends with their own note: one kept in touch leaves the others still to write to.
  const keptInTouch = notSent(interview, 'stay-in-touch').filter(reachable);
  if (keptInTouch.length > 0) {
    const thanked = latest(interview.sent.filter((e) => e.kind === 'not-selected').map((e) => dayOf(e.at)));
    // Until the thanks for the news has gone (or its moment has passed), "three months after
    // it" counts from today.
    const waitingForThanks = unthanked.length > 0 && !lapsed;
    const from = nextBusinessDay(addMonths(thanked ?? (waitingForThanks ? today : toldOn), STAY_IN_TOUCH_MONTHS), calendar);
    const missed = [...(teller !== null && tellerOwed ? [teller.name] : []), ...unthanked.map((p) => p.name)];
    const skipped = lapsed && missed.length > 0 ? lapsedThanks(interview, toldOn, missed, style) : '';
    plans.push({
      kind: 'stay-in-touch',
      to: keptInTouch.map((p) => p.name),
      notBefore: from,
      recommended: from,
      by: null,
      why: skipped + m.stayInTouch(formatDay(from, style)),
      ...(skipped === '' ? {} : { dropped: skipped.trim() }),
    });
  }
  return plans;
}

/**
 * The line that says the thanks for a no lapsed, naming those it lapsed for when some replies are
 * on record: "did not go out" must not cover a reply that did.
 */
function lapsedThanks(interview: Interview, toldOn: IsoDate, missed: readonly string[], style: DateStyle): string {
  const anySent = interview.sent.some((entry) => entry.kind === 'not-selected');
  return m.notSelectedLapsed(formatDay(toldOn, style), anySent ? missed : null);
}

/**
 * One plan as two when some of its notes go through a go-between and some do not, so each line
 * says where its notes go ("thank-you to Joost van der Berg via Alex Kim"); the same days for both.
 */
function byRoute(interview: Interview, plan: Plan): Plan[] {
  const between = goBetweenOf(interview);
  if (between === null || plan.kind === 'contact-request') return [plan];
  const through = (name: string) => {
    const person = interview.interviewers.find((p) => p.name === name);
    return person !== undefined && writtenThrough(interview, person, plan.kind);
  };
  const via = plan.to.filter(through);
  const direct = plan.to.filter((name) => !through(name));
  if (via.length === 0) return [plan];
  const routed = { ...plan, to: via, via: between.name };
  if (direct.length === 0) return [routed];
  const viaFirst = plan.to.indexOf(via[0]!) < plan.to.indexOf(direct[0]!);
  return viaFirst ? [routed, { ...plan, to: direct }] : [{ ...plan, to: direct }, routed];
}

export function scheduleFor(interview: Interview, now: Date, calendar: BusinessCalendar, style: DateStyle): Schedule {
  const today = todayOf(now);
  if (interview.status === 'offer') return { items: [], next: null, done: m.offer };
  if (interview.status === 'closed') return { items: [], next: null, done: m.closed };
  const plans =
    interview.status === 'not-selected'
      ? notSelectedPlans(interview, today, calendar, style)
      : waitingPlans(interview, today, calendar, style);
  const items = plans
    .flatMap((plan) => byRoute(interview, plan))
    .map(({ lateWhy, ...plan }): DueItem => {
      const state = stateOf(plan, today);
      return { ...plan, state, why: state === 'overdue' && lateWhy !== undefined ? lateWhy : plan.why };
    })
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        compareDates(a.recommended, b.recommended) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
  const done = items.length > 0 ? null : interview.status === 'not-selected' ? m.stayedInTouch : m.stopAfterTwo;
  const dropped =
    interview.status === 'waiting'
      ? [lapsedAddressLine(interview, today), staleThanksLine(interview, today)].filter((line) => line !== null).join(' ')
      : unreachableLine(interview);
  const said = withDropped(items, dropped || null);
  return { items: said, next: said[0] ?? null, done };
}

/** After a no, the line that says who the schedule leaves out for want of an address, or null. */
function unreachableLine(interview: Interview): string | null {
  const { names, needs } = unreachableAfterNo(interview);
  return names.length === 0 ? null : m.unreachableAfterNo(names, needs, interview.id);
}

/** The first item, and so the next step, says what the schedule left out on the way to it. */
function withDropped(items: readonly DueItem[], dropped: string | null): DueItem[] {
  const [first, ...rest] = items;
  if (dropped === null || first === undefined) return [...items];
  if (first.dropped !== undefined)
    return [{ ...first, dropped: `${first.dropped} ${dropped}`, why: `${dropped} ${first.why}` }, ...rest];
  return [{ ...first, dropped, why: `${dropped} ${first.why}` }, ...rest];
}
