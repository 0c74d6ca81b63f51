// The seventeenth trial's interviews, read aloud by the people the notes went to: a journeyman
// electrician's panel of three at Halverson Building Services (one of them phoned), told no on
// Tuesday, December 15 by the recruiter; and a service plumber's phone interview whose recruiter
// left only a number and whose interviewer left none.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';
import type { DateStyle } from '../../../src/model/day-format.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import type { Interview } from '../../../src/model/types.js';

const { composeNotes } = createComposer(loadTemplates());
const US: DateStyle = { locale: 'en-US', today: '2026-12-04' };

const CANDIDATE = {
  name: 'Marisol Okafor-Reyes',
  email: 'marisol.okafor@example.com',
  phone: '+1 555 0142',
  signature: 'Licensed journeyman electrician, IBEW Local 134',
};

function parsed(file: object): Interview {
  const result = parseInterviewText(JSON.stringify(file), { calendar: WEEKENDS_ONLY, dateStyle: US });
  if (!result.ok) throw new Error('the trial interview does not parse');
  return result.interview;
}

const halverson = parsed({
  version: 1,
  candidate: CANDIDATE,
  company: 'Halverson Building Services',
  role: 'Lead Electrician',
  interviewDate: '2026-12-03',
  format: 'onsite',
  timeframe: 'hopefully before Christmas',
  recruiter: { name: 'Renee Castillo', email: 'rcastillo@halverson.example' },
  interviewers: [
    {
      name: 'Grace Whitcombe',
      title: 'Operations Manager',
      email: 'gwhitcombe@halverson.example',
      medium: 'email',
      topics: [
        'the switchgear replacement at the Riverside hospital wing',
        'how the crews rotate between the two depots',
        'mentoring the second-year apprentices',
      ],
      detail: 'she restores old tube radios on weekends',
      addition: 'the arc-flash study I did for the Dayton plant',
    },
    {
      name: 'Tomasz Wojcik',
      title: 'Field Superintendent',
      phone: '+1 555 0187',
      medium: 'phone',
      topics: ['running the night shift on the data-center fit-out', 'NFPA 70E lockout procedures'],
    },
    {
      name: 'Deborah Ellery',
      title: 'Safety Director',
      email: 'dellery@halverson.example',
      medium: 'email',
      topics: ['mentoring the second-year apprentices', 'the near-miss reporting app the crews use'],
      greeting: 'Deb',
    },
  ],
  strength: 'my nine years running commercial crews without a lost-time injury',
});
const toldNo: Interview = { ...halverson, status: 'not-selected', statusOn: '2026-12-15', toldBy: 'Renee Castillo' };
const bodyOf = (interview: Interview, kind: Parameters<typeof composeNotes>[1], to: string) =>
  composeNotes(interview, kind, { to, dateStyle: US })[0]!.body;

describe('the thank-yous', () => {
  it('Deb\'s says "whenever" once: "...talk again, whenever it suits you." then "once you are ready"', () => {
    const deb = bodyOf(halverson, 'thank-you', 'Deborah Ellery');
    expect(deb).toContain('I would be glad to talk again, whenever it suits you.');
    expect(deb).toContain('I look forward to your news once you are ready to share it, and I hope you have a good weekend.');
    expect(deb.match(/whenever/g)).toHaveLength(1);
  });

  it('Grace\'s formal one says "also" once, of the detail, not again of the addition', () => {
    const grace = bodyOf({ ...halverson, tone: 'formal' }, 'thank-you', 'Grace Whitcombe');
    expect(grace).toContain('I also appreciated the chance to speak about how you restore old tube radios on weekends.');
    expect(grace).toContain(
      'I would like to return to the arc-flash study I did for the Dayton plant, and I can send more detail on it.',
    );
    expect(grace.match(/\balso\b/g)).toHaveLength(1);
  });
});

describe('after the no', () => {
  it('the call to Tomasz thanks him "all the same", not "in particular" with no thanks before it', () => {
    const call = bodyOf(toldNo, 'not-selected', 'Tomasz Wojcik');
    expect(call).toContain(
      'I heard that I was not selected for the Lead Electrician role. Thank you all the same for our conversation about running the night shift on the data-center fit-out.',
    );
    expect(call).not.toContain('in particular');
  });

  it("Grace's note names the role once", () => {
    const grace = bodyOf(toldNo, 'not-selected', 'Grace Whitcombe');
    expect(grace).toContain('If another opening like this one comes up, I would be glad to be considered for it.');
    expect(grace.match(/Lead Electrician/g)).toHaveLength(1);
  });

  it('Deb\'s note speaks of the role, not of a "next stage" after a final no', () => {
    const deb = bodyOf(toldNo, 'not-selected', 'Deborah Ellery');
    expect(deb).toContain('I have learned that I will not be offered the Lead Electrician role.');
    expect(deb).not.toContain('next stage');
  });
});

describe('three months on', () => {
  it('the call to keep in touch gives the number for later, after saying no call back is needed', () => {
    const call = bodyOf(toldNo, 'stay-in-touch', 'Tomasz Wojcik');
    expect(call).toContain(
      'There is no need to call me back; I only wanted to stay in touch.\n\nIn case you need it later, my number is 555 0142. Thank you, and take care.',
    );
    expect(call).not.toContain('Again, that is');
  });
});

describe('the contact request for a phone number', () => {
  const brightline = parsed({
    version: 1,
    candidate: CANDIDATE,
    company: 'Brightline Plumbing & Heating',
    role: 'Service Plumber',
    interviewDate: '2026-12-03',
    format: 'phone',
    timeframe: "they'll let me know in a week or so",
    recruiter: { name: 'Pat Oduya', phone: '555 0199' },
    interviewers: [
      {
        name: 'Hank Kowalczyk',
        title: 'Service Manager',
        medium: 'phone',
        topics: ['tankless water heater installs', 'the after-hours callout rota'],
        greeting: 'Mr. Kowalczyk',
      },
    ],
    formality: 'titles',
  });

  it('asks to thank him personally, not to send a note it has no number for', () => {
    const request = bodyOf(brightline, 'contact-request', 'Pat Oduya');
    expect(request).toContain(
      'I would like to thank each person I spoke with personally, but I do not have a phone number for one of them.',
    );
    expect(request).not.toContain('thank-you note');
  });

  it('an e-mail address asked for still goes with "a personal thank-you note"', () => {
    const writer = {
      ...brightline,
      interviewers: brightline.interviewers.map((p) => ({ ...p, medium: 'email' as const })),
    };
    expect(bodyOf(writer, 'contact-request', 'Pat Oduya')).toContain(
      'I would like to send a personal thank-you note to each person I spoke with, but I do not have an e-mail address for one of them.',
    );
  });
});
