// Why each note is due when it is: the coach's reasons, with the dates already formatted.

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

const addressWords = (needs: readonly ('email' | 'phone')[]) =>
  needs.every((need) => need === 'phone')
    ? 'phone number'
    : needs.every((need) => need === 'email')
      ? 'e-mail address'
      : 'e-mail address or phone number';

const addressWord = (need: 'email' | 'phone') => (need === 'phone' ? 'phone number' : 'e-mail address');

/** How an address is added to a saved interview, from the command line. */
const addWith = (id: string) =>
  `followup-coach export ${id} > ${id}.json, your edit, and followup-coach import ${id}.json --replace`;

/**
 * When to follow up: the window, and the first day it may go when that is not where the window
 * starts. "not before Monday, December 28; Monday, December 28 to Tuesday, December 29 is the
 * right time" said the day twice (a trial's calendar).
 */
const rightTime = (notBefore: string, window: string) =>
  window === notBefore || window.startsWith(`${notBefore} to `)
    ? `the right time is ${window}.`
    : `not before ${notBefore}; ${window} is the right time.`;

export const scheduleMessages = {
  thankYouDue: (by: string) => `Thank-you notes go out within 24 hours of the interview: send them by the end of ${by}.`,
  /** Said before the next step once thank-yous never sent are more than two weeks old. */
  thanksStale: (people: readonly string[]) =>
    `It is too late now for a thank-you to ${names(people)}: thank them for the meeting in the follow-up instead.`,
  thankYouLate: (by: string) =>
    `These were due by the end of ${by}. Send them today anyway: a late thank-you still counts, and silence does not.`,
  /** Before the thank-you of the person to ask, when it carries the request: a sentence, then a space. */
  thankYouAsks: (people: readonly string[], askee: string, needs: readonly ('email' | 'phone')[] = ['email']) =>
    `You have no ${addressWords(needs)} for ${names(people)}: your thank-you to ${askee} asks for ${people.length > 1 ? 'them' : 'it'} in one line, so send that one first. `,
  contactRequest: (people: readonly string[], recruiter: string, needs: readonly ('email' | 'phone')[] = ['email']) =>
    `You have no ${addressWords(needs)} for ${names(people)}. Ask ${recruiter} for it and say it is for a thank-you note.`,
  /**
   * Why the thank-yous of those without an address are off: the day they were due has passed.
   * `askee`: whom the contact request would have asked (null when nobody, or it went already).
   */
  addressLapsed: (
    people: readonly string[],
    needs: readonly ('email' | 'phone')[],
    askee: string | null,
    asked: boolean,
    id: string,
  ) => {
    const what = names(people.map((person, i) => `${person}'s ${addressWord(needs[i] ?? 'email')}`));
    const [it, arrives] = people.length === 1 ? ['it', 'it arrives'] : ['them', 'they arrive'];
    const start = asked
      ? `${what} did not come in time for a thank-you`
      : `Too late to ask ${askee === null ? '' : `${askee} `}for ${what} for a thank-you`;
    return `${start}; if ${arrives}, add ${it} with ${addWith(id)}.`;
  },
  afterTimeframe: (words: string, decision: string, notBefore: string, window: string) =>
    `They said "${words}" (${decision}). Following up before that passes looks impatient: ${rightTime(notBefore, window)}`,
  noTimeframe: (from: string, notBefore: string, window: string) =>
    `No decision date was given, so wait 5 business days after the thank-you (${from}): ${rightTime(notBefore, window)}`,
  unreadTimeframe: (words: string, from: string, notBefore: string, window: string) =>
    `"${words}" gives no date, so wait 5 business days after the thank-you (${from}): ${rightTime(notBefore, window)}`,
  /** Appended when a thank-you still to send pushes the follow-up past the decision date. */
  afterThankYou: ' Your thank-you comes first: the follow-up goes a business day after it at the soonest.',
  byPhone: (people: readonly string[]) =>
    `${names(people)} reached you by phone, so follow up with a call (the voicemail script is ready). `,
  secondFollowUp: (last: string, notBefore: string, by: string) =>
    `Your first follow-up went out on ${last}. If there is still no reply, one more note 10 to 14 days later: ` +
    `not before ${notBefore}, by ${by}. After that one, stop.`,
  window: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
  /** Appended when public holidays moved the days: "Thursday, November 26 is Thanksgiving Day." */
  holidays: (days: readonly { readonly day: string; readonly name: string }[]) =>
    days.map(({ day, name }) => ` ${day} is ${name}, a public holiday.`).join(''),
  notSelected:
    'You were told you are not the final choice. Thank them anyway, within a day, and ask to be considered for other openings: it keeps the door open.',
  notSelectedBy: (by: string) =>
    `You were told you are not the final choice. Thank them anyway, within a day (by the end of ${by}), and ask to be considered for other openings: it keeps the door open.`,
  notSelectedTeller: (teller: string, by: string | null) =>
    `${teller} told you the news. Reply within a day${by === null ? '' : ` (by the end of ${by})`}: thank ${teller} for letting you know and for the help along the way, and say you would like to stay in touch.`,
  notSelectedLate: (by: string) =>
    `This was best sent by the end of ${by}. Send it today anyway: a gracious reply to a no is remembered.`,
  /** Said before the stay-in-touch note once the thanks for a no is past its moment. */
  /**
   * After a no, the people no note can reach (no address for the way they reached you, and no
   * go-between): left out of the thanks and the stay-in-touch note rather than chased for an
   * address, since asking a favour of someone who just turned you down costs more than it gains.
   */
  unreachableAfterNo: (people: readonly string[], needs: readonly ('email' | 'phone')[], id: string) => {
    const [it, arrives] = people.length === 1 ? ['it', 'it arrives'] : ['them', 'they arrive'];
    return `You have no ${addressWords(needs)} for ${names(people)}, so no note after the decision can reach them. After a no, it is best not to ask anyone for contact details, so the schedule leaves them out. If ${arrives}, add ${it} with ${addWith(id)}.`;
  },
  /**
   * `missed`: those whose reply is not on record, named when some others' replies are (so nobody
   * who was answered reads as forgotten); null when nobody's is, and the thanks as a whole lapsed.
   */
  notSelectedLapsed: (toldOn: string, missed: readonly string[] | null = null) =>
    `The thanks for the news of ${toldOn} did not go out${missed === null ? '' : ` to ${names(missed)}`} within the week, and later it reads as an afterthought: the schedule moves on. `,
  stayInTouch: (from: string) =>
    `About three months on, a short note that recalls your talk and asks to hear of future openings keeps you in mind for the next one: from ${from}.`,
  offer:
    'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.',
  closed: 'This interview is closed: nothing more to send.',
  stopAfterTwo:
    'Two follow-ups went out without a reply: stop here. A third note would not help; put the energy into other openings.',
  stayedInTouch: 'You thanked them and stayed in touch: nothing more is due for this interview.',
} as const;
