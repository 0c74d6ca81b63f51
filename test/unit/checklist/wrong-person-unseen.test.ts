// wrong-person and no-topic on sentences of our own, in trades and words no corpus uses (issue
// #13): a colleague spoken to is a slip, a colleague spoken of is a kind word, a name is the same
// typed without its accents or cut short, another interview's company is the same said for
// short, and a follow-up that carries its earlier note need not repeat the topic.
import { describe, expect, it } from 'vitest';
import { draftFromNote, parseDraft } from '../../../src/checklist/draft.js';
import { MESSAGES } from '../../../src/checklist/messages.js';
import { mentionsTopic, noTopic } from '../../../src/checklist/rules/content.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import type { Interview, Interviewer } from '../../../src/model/types.js';
import { ACME } from './sample.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const person = (name: string, topics: string[], more: Partial<Interviewer> = {}): Interviewer => ({
  name,
  title: 'Interviewer',
  email: 'someone@example.com',
  medium: 'email',
  topics,
  ...more,
});

/** A ferry company's hiring panel: a Danish, a Vietnamese and a Polish name, and a long given name. */
const FERRY: Interview = {
  ...ACME,
  id: 'tidewater-ferries',
  company: 'Tidewater Ferries',
  candidate: { ...ACME.candidate, name: 'Ruth Abernathy' },
  recruiter: undefined,
  interviewers: [
    person('Annelise Holm', ['the winter timetable and crew rest rules']),
    person('Bjørn Dahl', ['mooring lines and the deck crew drill']),
    person('Trần Thị Mai', ['ticketing at the terminal kiosk']),
    person('Bartholomew Wróbel', ['the bilge pump log']),
  ],
};

/** Another saved interview of the same candidate, at a bakery. */
const BAKERY: Interview = {
  ...ACME,
  id: 'copperkettle',
  company: 'Copperkettle & Daughters Bakery Ltd',
  interviewers: [person('Otto Brennan', ['proofing racks'])],
};

const toAnnelise: CheckContext = { interview: FERRY, to: 'Annelise Holm', kind: 'thank-you', otherInterviews: [BAKERY] };
const note = (body: string) => `Dear Annelise,\n\n${body}\n\nKind regards,\nRuth Abernathy`;
const found = (body: string, context = toAnnelise) => {
  const text = note(body);
  return wrongPerson(parseDraft(text), context).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'rule']);
};

describe('wrong-person: a colleague spoken to, in words of our own', () => {
  it.each([
    ['Thanks once more, Bjørn, for walking me along the car deck.', 'Bjørn'],
    ['I learned a great deal on the bridge, Mai.', 'Mai'],
    ['Bjørn, your story about the storm crossing stayed with me.', 'Bjørn'],
    ['And thank you too, Mai, for the kiosk demo.', 'Mai'],
    ['Thank you Bjørn for the coffee in the crew mess.', 'Bjørn'],
    ['It was a pleasure to meet you, Bjørn!', 'Bjørn'],
    ['P.S. Bjørn, the knot book you mentioned is on my shelf now.', 'Bjørn'],
    // Typed without its accents, the name is the same person.
    ['Thanks again, Bjorn, for the tour of the wheelhouse.', 'Bjorn'],
    // Cut short and spoken to, it is the colleague too.
    ['Thanks also, Bart, for showing me the engine room.', 'Bart'],
  ])('%j speaks to %j', (body, name) => {
    expect(found(body)).toEqual([[name, 'rule']]);
  });

  it('takes a greeting of a colleague alone as the note being theirs', () => {
    const text = 'Hello Bjorn,\n\nThank you for the winter timetable talk.\n\nRuth';
    expect(wrongPerson(parseDraft(text), toAnnelise).map((hit) => [text.slice(hit.start, hit.end), hit.severity])).toEqual([
      ['Bjorn', undefined],
    ]);
  });

  it("warns where a colleague is named with that colleague's own topic", () => {
    expect(found('Hearing Bjørn explain the deck crew drill and the mooring lines was the best part.')).toEqual([
      ['Bjørn', 'warning'],
    ]);
  });
});

describe('wrong-person: a colleague spoken of in passing is fine', () => {
  it.each([
    'I was slow to hand the clipboard to Bjørn during the drill, and I noticed it.',
    'Mai mentioned you hope to decide by Friday.',
    'Please thank Bjørn for the coffee.',
    'Thanks to Mai, I found the terminal office without trouble.',
    "I hope Bjørn's crossing home was calmer than the morning one.",
    'Your colleague, Mai, was kind enough to walk me to the gangway.',
    'Bjørn and you made the winter timetable sound manageable.',
    'Thank you for introducing me to Bartholomew at the end of the day.',
    // A word that merely starts a colleague's name is not that colleague.
    'Barring a storm, I can start in March.',
  ])('%j', (body) => {
    expect(found(body)).toEqual([]);
  });
});

describe("wrong-person: another interview's company said for short", () => {
  it.each([
    ['I would be proud to join Copperkettle & Daughters and its crews.', 'Copperkettle & Daughters'],
    ['I hope to hear good news from Copperkettle soon.', 'Copperkettle'],
  ])('%j names %j as a warning', (body, written) => {
    const text = note(body);
    const hits = wrongPerson(parseDraft(text), toAnnelise);
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.severity])).toEqual([[written, 'warning']]);
    expect(hits[0]!.message).toBe(MESSAGES.otherCompanyShort(written, BAKERY.company, FERRY.company));
  });

  it('keeps the whole name, and the name without its legal form, an error', () => {
    expect(found('I would be proud to join Copperkettle & Daughters Bakery.')).toEqual([
      ['Copperkettle & Daughters Bakery', 'rule'],
    ]);
  });

  it('leaves alone a short form that opens a sentence, or is a word of this company', () => {
    const tide: Interview = { ...BAKERY, id: 'tidewater-marine', company: 'Tidewater Marine Services' };
    expect(found('Tidewater Ferries is where I want to be.', { ...toAnnelise, otherInterviews: [tide] })).toEqual([]);
    expect(found('Copperkettle blue is the colour of the new hull.')).toEqual([]);
  });
});

describe('wrong-person: a note to the whole panel speaks to its colleagues by design', () => {
  const toPanel = (greeting: string, body: string) => {
    const text = `${greeting}\n\n${body}\n\nKind regards,\nRuth Abernathy`;
    return wrongPerson(parseDraft(text), toAnnelise).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'rule']);
  };
  const turns = 'Annelise, the crew rest rules were clear; Bjørn, the mooring lines drill was the best part; and Mai, thank you.';

  it.each(['Dear Annelise and Bjørn,', 'Hi all,', 'Dear team,'])(
    'leaves the colleagues a group greeting speaks to in turn to group-note: %j',
    (greeting) => expect(toPanel(greeting, turns)).toEqual([]),
  );

  it("still finds them in a note greeting one person, and another interview's people in a group note", () => {
    expect(toPanel('Dear Annelise,', turns)).toEqual([
      ['Bjørn', 'warning'],
      ['Mai', 'rule'],
    ]);
    expect(toPanel('Hi all,', 'Otto Brennan showed me the proofing racks.')).toEqual([['Otto Brennan', 'rule']]);
  });
});

describe('no-topic: said in other words, or carried by the earlier note', () => {
  it.each([
    ['I keep thinking about the tour you plan for the spring.', 'touring the show to two school venues in spring'],
    ['Counting the mites by hand was new to me.', 'varroa mite counts with alcohol washes'],
    ['The split you made before the flow was a neat trick.', 'splitting colonies before the spring flow'],
  ])('counts %j as naming %j', (prose, topic) => expect(mentionsTopic(prose, topic)).toBe(true));

  it.each([
    ['I enjoyed the whole afternoon.', 'touring the show to two school venues in spring'],
    ['Thank you for the time.', 'varroa mite counts with alcohol washes'],
  ])('does not count %j as naming %j', (prose, topic) => expect(mentionsTopic(prose, topic)).toBe(false));

  const ferry = (kind: 'thank-you' | 'follow-up', body: string) =>
    noTopic(parseDraft(note(body)), { ...toAnnelise, kind }).map((hit) => hit.message);
  const asking = 'I wanted to ask whether there is any news on the deckhand post; I am still very keen.';

  it.each([
    `${asking} My note from the 12th is below for reference.`,
    `${asking} I have attached my resume again with my earlier note.`,
    `${asking} For reference, my thank-you message from Tuesday:`,
    `${asking}\n\n> Thank you for the walk through the winter timetable.`,
  ])('lets a follow-up that carries its earlier note pass: %j', (body) => {
    expect(ferry('follow-up', body)).toEqual([]);
  });

  it('leaves a follow-up without its earlier note to missing-prior: quoting that note is the fix for both', () => {
    expect(ferry('follow-up', asking)).toEqual([]);
  });

  it('still asks a follow-up that has no earlier note at all, and any thank-you, for a topic', () => {
    const listed = '"the winter timetable and crew rest rules"';
    const none = draftFromNote({ subject: 'Deckhand post', body: note(asking), noEarlierNote: true });
    expect(noTopic(none, { ...toAnnelise, kind: 'follow-up' }).map((hit) => hit.message)).toEqual([
      MESSAGES.noTopic('Annelise Holm', listed),
    ]);
    expect(ferry('thank-you', `Thank you for the interview. My note from the 12th is below.`)).toEqual([
      MESSAGES.noTopic('Annelise Holm', listed),
    ]);
  });
});

describe('wrong-person and no-topic: linear in the input', () => {
  it('reads a single sentence of 1 MB of names, thanks and near-companies in seconds', () => {
    const text = `Dear Annelise,\n\n${'thanks again, Bart, and Copperkettle, the Bjorn my note and the below, '.repeat(15_000)}.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    wrongPerson(parseDraft(text), toAnnelise);
    noTopic(parseDraft(text), { ...toAnnelise, kind: 'follow-up' });
    // A pattern that backtracks takes minutes here; wide enough for a machine shared by two suites.
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
  }, 60_000);
});
