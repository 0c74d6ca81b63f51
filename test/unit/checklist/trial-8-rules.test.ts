// The rules a new user's trial run found wanting (issue #13), on sentences written for this file:
// each mistake caught by what makes it one, with the near misses beside it that must stay quiet.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';
import { noTopic } from '../../../src/checklist/rules/content.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import type { Interview, Interviewer } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const person = (name: string, topics: string[], more: Partial<Interviewer> = {}): Interviewer => ({
  name,
  title: 'Architect',
  email: 'someone@example.com',
  medium: 'email',
  topics,
  ...more,
});

/** An architecture practice named after its founder, who sat on the panel. */
const PRACTICE: Interview = {
  ...ACME,
  id: 'o-dalaigh-partners-technologist',
  company: 'Ó Dálaigh + Partners',
  role: 'Architectural Technologist',
  candidate: { ...ACME.candidate, name: 'Ciara Nolan' },
  recruiter: undefined,
  interviewers: [
    person('Siobhán Ó Dálaigh', ['the library project façade', 'timber cladding details']),
    person('Declan Byrne', ['BIM coordination on the library project'], { title: 'Associate' }),
  ],
};

/** A firm named after two partners, one of them interviewing. */
const FIRM: Interview = {
  ...ACME,
  id: 'byrne-wallace-architects-designer',
  company: 'Byrne Wallace Architects',
  role: 'Designer',
  recruiter: undefined,
  interviewers: [
    person('Ruth Wallace', ['design reviews on the school extension']),
    person('Tomás Kiely', ['site visits on the school extension']),
  ],
};

const note = (body: string) => parseDraft(`Dear Declan,\n\n${body}\n\nBest regards,\nCiara Nolan`);
const toDeclan: CheckContext = { interview: PRACTICE, to: 'Declan Byrne', kind: 'thank-you' };

describe("wrong-person: a name inside the company's name is the company", () => {
  it('names the firm, beside a topic both panellists share, without naming its founder', () => {
    const draft = note(
      'Thank you for talking with me about the Architectural Technologist role at Ó Dálaigh + Partners and BIM coordination on the library project.',
    );
    expect(wrongPerson(draft, toDeclan)).toEqual([]);
  });

  it("names a firm by two of its partners' names without its legal form", () => {
    const draft = parseDraft(
      'Dear Tomás,\n\nI enjoyed the site visits on the school extension, and the design reviews at Byrne Wallace sound like a good habit.\n\nBest,\nJordan Lee',
    );
    expect(wrongPerson(draft, { interview: FIRM, to: 'Tomás Kiely', kind: 'thank-you' })).toEqual([]);
  });

  it("still finds the founder spoken to, or named with her own topic outside the firm's name", () => {
    const spoken = wrongPerson(note('Thanks again, Siobhán, for the tour of Ó Dálaigh + Partners.'), toDeclan);
    expect(spoken.map((hit) => hit.severity ?? 'error')).toEqual(['error']);
    const named = wrongPerson(
      note('Ms. Ó Dálaigh showed me the library project façade at Ó Dálaigh + Partners, and I would love to work on it.'),
      toDeclan,
    );
    expect(named).toHaveLength(1);
    expect(named[0]!.severity).toBe('warning');
  });
});

describe('tone-impatient: a stand-in in capitals is a placeholder, not shouting', () => {
  const shouted = (body: string) =>
    toneImpatient(parseDraft(`Dear Priya,\n\n${body}\n\nBest,\nJordan Lee`), { interview: ACME }).map((hit) =>
      parseDraft(`Dear Priya,\n\n${body}\n\nBest,\nJordan Lee`).prose.slice(hit.start, hit.end),
    );

  it('leaves a slot in angle or square brackets to the placeholder rule', () => {
    expect(shouted('I would be proud to join <COMPANY> and learn from the crew there.')).toEqual([]);
    expect(shouted('Thank you for the tour of [WAREHOUSE NAME] on Tuesday.')).toEqual([]);
  });

  it('still hears capitals the writer chose, next to a slot or not', () => {
    expect(shouted('The tour of <Company> was HUGELY useful to me.')).toEqual(['HUGELY']);
  });
});

describe("no-topic: a later note that names only another panellist's topics", () => {
  const reply = (body: string, to: string) =>
    noTopic(parseDraft(`Dear ${to.split(' ')[0]},\n\n${body}\n\nWarm regards,\nCiara Nolan`), {
      interview: PRACTICE,
      to,
      kind: 'not-selected',
    });
  const aboutFacade =
    'Thank you for letting me know about the Architectural Technologist role. I enjoyed talking through the timber cladding details and would be glad to hear of openings at Ó Dálaigh + Partners.';

  it('is flagged when sent to the other panellist, though it names the role and the firm', () => {
    expect(reply(aboutFacade, 'Declan Byrne')).toHaveLength(1);
  });

  it('passes for the panellist whose topic it names, and for a note naming only the role', () => {
    expect(reply(aboutFacade, 'Siobhán Ó Dálaigh')).toEqual([]);
    expect(
      reply(
        'Thank you for letting me know about the Architectural Technologist role. I would welcome a future opening.',
        'Declan Byrne',
      ),
    ).toEqual([]);
  });
});

describe('spelling and grammar: "you\'re" before a noun, and "grate" in a phrase of "great"', () => {
  const found = (text: string) => findingsFromLints(parseDraft(text), []).map((finding) => `${finding.rule}:${finding.excerpt}`);

  it('finds "you\'re" where a noun follows a preposition or a verb', () => {
    expect(found("Thank you so much for you're time on Friday.")).toEqual(["grammar:you're"]);
    expect(found('I really appreciate you\u2019re help with the rota.')).toEqual(['grammar:you\u2019re']);
    expect(found("I look forward to you're reply.")).toEqual(["grammar:you're"]);
  });

  it('leaves "you\'re" that is "you are" alone', () => {
    expect(found("Let me know if you're free next week, or when you're back from leave.")).toEqual([]);
    expect(found("I hope you're well and that your kind words reach the crew.")).toEqual([]);
  });

  it('finds "grate" where "great" belongs, not the grill\'s grate', () => {
    expect(found('I think I would be a grate fit for the bakery.')).toEqual(['spelling:grate']);
    expect(found('It was grate to meet the whole line.')).toEqual(['spelling:grate']);
    expect(found('I learned a grate deal from the prep list.')).toEqual(['spelling:grate']);
    expect(found('I scrubbed the grate after service and grated the parmesan.')).toEqual([]);
  });
});
