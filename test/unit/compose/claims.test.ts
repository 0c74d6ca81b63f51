// Every note must be true: it says only what the candidate's answers support. The answers say
// who the candidate met, what they talked about, what the candidate would add, the strength to
// remember, the date they gave, who told the outcome and what was sent when. They never say how
// the talk went, what it taught the candidate, how often the candidate has thought of it since,
// or what happened to the role. This renders every kind in every tone for panels of five (so
// every phrasing of every paragraph is used), written and called, with and without the optional
// answers, and fails on a sentence that claims:
//
// - an effect the candidate did not state ("which gave me a clear view", "made the role feel
//   concrete", "I learned a great deal", "my interest has only grown");
// - thought since ("I have been thinking about it since", "What I keep coming back to"): a
//   thank-you often goes out on the interview day, and no note knows what the candidate thought;
// - a judgement of the conversation ("such an open and useful conversation"): the candidate may
//   have met the reader for two minutes;
// - what the reader did in it ("your explanation of", "walk me through"): the topic was discussed
//   with them, not necessarily explained by them;
// - "that work" or "the work we discussed", which may point at a topic that is no work at all
//   ("how the panel day was organised");
// - after a no, news the candidate was not given: told they are not the final choice, they do not
//   know that the role went to someone else.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { US_WITH_YEARS } from '../../../src/model/dates.js';
import { TONES, type Interview, type Interviewer, type IsoDate, type Note, type NoteKind } from '../../../src/model/types.js';
import { messageOf, unquotedOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

const CLAIMS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'an effect',
    /(?<!time you )\b(gave|give|given|giving|helped|taught) me\b|\bhas helped\b|\bmade (me|the role|it)\b|\bleft me\b/i,
  ],
  ['an effect', /\bI (came|left) away\b|\bI left (our|the)\b|\bdeepened\b|\bsharpened\b|\bconfirmed\b|\bstrengthened\b/i],
  ['an effect', /\bstronger for\b|\bI learned\b|\bonly grown\b|\bas strong as ever\b|\bkeener (still|than ever)\b/i],
  ['an effect', /\beven more so\b|\bmore eager\b|\beven more excited\b|\bclearer (view|picture|sense)\b|\bbetter sense\b/i],
  ['an effect', /\b(plenty|a lot|much) to (think about|consider)\b|\bfeel concrete\b|\bpicture the\b|\bnothing since\b/i],
  ['thought since', /\b(keep|kept|often|still|been) (think|thinking|thought|coming back)\w*|\bthink(ing)? back\b|\breflected\b/i],
  ['thought since', /\bthought about it\b|\bhaving thought\b|\bSince (then|we spoke)\b/i],
  [
    'a judgement of the talk',
    /\b(open|useful|thoughtful|good|great|productive|helpful|insightful) (conversation|talk|discussion|exchange|chat)\b/i,
  ],
  ['a judgement of the talk', /\ba most useful\b|\bsuch a useful\b|\byour insight\b|\bhighlight\b|\bhow much ground\b/i],
  [
    'what the reader did',
    /\byour (explanation|thoughts)\b|\bwalk me through\b|\byou (told|shared|explained)\b|\bsharing so much\b/i,
  ],
  ['no antecedent', /\bthat work\b|\bthe (work|responsibilities) we (discussed|talked about)\b/i],
  // Words that stand in for what the file says: "your side of the work" (whose? which?), "the work
  // and everything it involves". A note names the role, or the topics the candidate typed.
  ['a vague stand-in', /\byour side of (the|our) work\b|\band (everything|all) (it|that) (involves|entails)\b/i],
  // Nothing asks whether the candidate has references or samples of their work to show (a note
  // names an attachment only when there is one), or when they are free: a note offers only what
  // it can stand behind.
  ['something never asked about', /\breferences\b|\b(examples|samples) of (it|my work)\b/i],
  ['availability', /\bI am (free|available)\b|\bat your disposal at any time\b/i],
  // "My experience" as a fact about the role ("would make good use of my experience"): a first job is a first job.
  ['experience', /\b(use of|bring|bring to bear) my experience\b|\bmy experience to\b/i],
  // What the candidate does between notes, or what the reader did for them, is not in the file.
  ['a habit', /\b(follow|following|followed) (the work of )?\S+ with interest\b|\bkeep an eye on\b|\bas always\b/i],
  ['a favour', /\b(repay|return) the (kindness|courtesy|favour|favor)\b|\byour kindness\b/i],
  ['an earlier talk', /\bas (we )?(discussed|agreed|promised|mentioned)\b|\bas you (asked|requested|suggested)\b/i],
  // The file lists topics discussed with each person, not that they asked questions or ran the
  // interview: a panellist who only phoned may have done neither.
  ['what the reader did', /\b(answer|take|hear) your questions\b|\bfor interviewing me\b|\binterviewed me\b/i],
  // The strength is the candidate's own answer, once for every note: it did not necessarily come
  // up with this reader ("If one thing from our conversation stays with you" to a panellist who
  // spent ten minutes on another topic).
  ['that the strength came up', /\b(one thing|anything|something) (from|of) our (conversation|talk|meeting)\b/i],
];

/**
 * A sentence that offers the reader something more: to answer, share, send, say or talk again. One
 * offer is gracious; two or three in a row ("Happy to answer ... Happy to share ... Happy to
 * talk") read as a form letter, so a note makes at most one.
 */
const OFFER =
  /\b(happy|glad|pleased) to meet (you )?again\b|\b(happy|glad|pleased|delighted) to (answer|share|send|talk|go|tell|say|provide|expand|clarify|help|supply|walk|discuss)\b|\bjust (ask|say|let me know)\b|\blet me know (if|how)\b|\bI can (tell|share|send|go|make time|also|supply)\b|\bwould welcome (the chance to (discuss|say|tell|expand)|another conversation|it)\b|\bdo not hesitate\b|\bat your disposal\b|\b(would|will) gladly\b|\bI am happy to\b|\bHappy to\b|\bGlad to\b|\bAnything else you need\b|\bcan share more\b|\bIf I can (ever )?(help|be)\b|\bShould I be able to assist\b|\bbe of help to you\b|\bhelp you in turn\b|\bhelp in turn\b/;

/** Said about the role after a no: "not-selected" records only that the candidate was not the final choice. */
const NEWS = /\bsomeone else\b|\banother candidate\b|\bhas been chosen\b|\boffered to\b|\b(is going|will go|went|gone) to\b/i;

/**
 * Before a decision, a note that looks past the role concedes it ("Either way, I would welcome
 * being considered for future openings"): while the candidate waits, every note is about this
 * role. Other openings belong to the reply to a no and the stay-in-touch note.
 */
const RESIGNED =
  /\b(future|other) (openings|opportunities|roles|positions|vacancies)\b|\b(roles|openings) in (the )?future\b|\beither way\b|\bwhatever (the outcome|you decide|it is|happens)\b|\bhowever it turns out\b|\bin any event\b|\bbeen filled\b|\b(stay|remain|keep) in (touch|contact)\b/i;

/** In a thank-you, which may go out the day of the interview, nothing has happened "since". */
const SINCE = /\bsince\b/i;

const person = (name: string, i: number, more: Partial<Interviewer>): Interviewer => ({
  name,
  title: 'Chef',
  email: `p${i}@brasa.example`,
  medium: 'email',
  topics: ['how the panel day was organised'],
  ...more,
});

const NAMES = ['Kwame Mensah-Bonsu', 'Lin Yu', 'Alex Kim', 'Sean Walsh', 'Joost Visser'];

function panel(by: 'email' | 'phone', full: boolean): Interview {
  return {
    id: 'brasa-co-sous-chef',
    candidate: { name: 'Tomás Ibáñez', email: 'tomas@example.com', phone: '+1 312 555 0144', resume: 'CV.pdf' },
    company: 'Brasa & Co.',
    role: 'Sous Chef',
    date: '2026-11-30',
    format: 'onsite',
    timeframe: { text: 'by the end of next week', date: '2026-12-11' },
    status: 'waiting',
    sent: [],
    strength: full ? 'my nine years on the line' : undefined,
    interviewers: NAMES.map((name, i) =>
      person(name, i, {
        ...(by === 'phone' ? { email: undefined, phone: '+1 312 555 0180', medium: 'phone' } : {}),
        ...(full ? { detail: 'she grew up in Galway', addition: 'the prep list I use for brunch service' } : {}),
      }),
    ),
  };
}

/** Every kind in the state it is written for, with the sent log that makes a follow-up quote a dated note. */
const STATES: ReadonlyArray<readonly [NoteKind, Partial<Interview>, IsoDate?]> = [
  ['thank-you', {}],
  ['follow-up', {}],
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'thank-you' as const, to, at: '2026-11-30T18:00:00.000Z' })) }],
  // The second follow-up, two weeks after the first.
  ['follow-up', { sent: NAMES.map((to) => ({ kind: 'follow-up' as const, to, at: '2026-12-14T18:00:00.000Z' })) }, '2026-12-28'],
  ['voicemail', {}],
  ['voicemail', { timeframe: null }],
  ['voicemail', { sent: NAMES.map((to) => ({ kind: 'voicemail' as const, to, at: '2026-12-14T10:00:00.000Z' })) }],
  ['voicemail', { status: 'not-selected' }],
  ['not-selected', { status: 'not-selected' }],
  ['not-selected', { status: 'not-selected', toldBy: 'Kwame Mensah-Bonsu' }],
  ['stay-in-touch', { status: 'not-selected' }],
];

function ownWords(interview: Interview, note: Note): string {
  return messageOf({ ...note, body: unquotedOf(note) }, interview.candidate);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const cases = TONES.flatMap((tone) =>
  (['email', 'phone'] as const).flatMap((by) =>
    [true, false].map((full) => [`${tone}, ${by}, ${full ? 'every answer' : 'no extras'}`, tone, by, full] as const),
  ),
);

describe('every note claims only what the answers say', () => {
  it.each(cases)('%s', (_, tone, by, full) => {
    const problems: string[] = [];
    for (const [kind, state, today = null] of STATES) {
      const interview = { ...panel(by, full), tone, ...state };
      // A follow-up e-mail goes to those who wrote, the follow-up call to those who phoned.
      if ((kind === 'follow-up' && by === 'phone') || (kind === 'voicemail' && by === 'email')) continue;
      for (const note of composeNotes(interview, kind, { dateStyle: { ...US_WITH_YEARS, today } })) {
        for (const sentence of sentencesOf(ownWords(interview, note))) {
          const where = `${kind} to ${note.to}${note.by === 'phone' ? ' (call)' : ''}`;
          for (const [what, pattern] of CLAIMS)
            if (pattern.test(sentence)) problems.push(`${where} claims ${what}: "${sentence}"`);
          if (interview.status === 'waiting' && RESIGNED.test(sentence))
            problems.push(`${where} sounds resigned before any decision: "${sentence}"`);
          if (kind === 'thank-you' && SINCE.test(sentence)) problems.push(`${where} claims time has passed: "${sentence}"`);
          if (interview.status === 'not-selected' && NEWS.test(sentence))
            problems.push(`${where} claims news nobody gave: "${sentence}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(cases)('%s: at most one offer in a note', (_, tone, by, full) => {
    const stacked: string[] = [];
    for (const [kind, state, today = null] of STATES) {
      const interview = { ...panel(by, full), tone, ...state };
      if ((kind === 'follow-up' && by === 'phone') || (kind === 'voicemail' && by === 'email')) continue;
      for (const note of composeNotes(interview, kind, { dateStyle: { ...US_WITH_YEARS, today } })) {
        const offers = sentencesOf(ownWords(interview, note)).filter((sentence) => OFFER.test(sentence));
        if (offers.length > 1) stacked.push(`${kind} to ${note.to}: ${offers.map((o) => `"${o}"`).join(' ')}`);
      }
    }
    expect(stacked).toEqual([]);
  });
});
