// placeholder on stand-ins of shapes beyond "[Your Name]" and "<Company>": instructions left to the
// writer, slot labels, "TBD", a bare "__", a greeting with no name typed, and a long bracketed
// note-to-self. Each shape sits next to sentences that look close and are fine.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { placeholderCheck } from '../../../src/checklist/rules/placeholder.js';
import { STAND_INS } from '../../../src/checklist/rules/placeholder-shapes.js';

// Stand-ins as written in any case, in the prose and the subject line: what each shape's `needs`
// must hold for.
const STAND_IN_TEXTS = [
  'I enjoyed talking about insert topic here and the night shift.',
  'I enjoyed talking about INSERT TOPIC HERE and the night shift.',
  'Subject: Insert Role Here interview\n\nThank you.',
  'The tour of the bakery (insert something specific) stayed with me.',
  'I would be glad to join (Company Name) this spring.',
  'Sincerely,\n(your name)',
  'Sincerely,\n(YOUR FULL NAME HERE)',
  'I hope to hear from (Interviewer’s Name) soon.',
  'Please enter your first name here.',
  'PLEASE ENTER YOUR NAME HERE.',
  'Best wishes,\nName Here',
  'Best wishes,\nCompany Name Here',
  'I can start on ____ and send the forms by the __th.',
];

const found = (text: string) => placeholderCheck(parseDraft(text), {}).map((hit) => text.slice(hit.start, hit.end));

describe('placeholder: stand-ins of every shape', () => {
  it.each([
    [
      'I liked our talk about the rota, especially [what she said about the weekend cover for the ward].',
      '[what she said about the weekend cover for the ward]',
    ],
    ['I enjoyed talking about insert topic here and the night shift.', 'insert topic here'],
    ['The tour of the bakery (insert something specific) stayed with me.', '(insert something specific)'],
    ['I would be glad to join (Company Name) this spring.', '(Company Name)'],
    ['Sincerely,\n(your name)', '(your name)'],
    ['I hope to hear from (Interviewer’s Name) soon.', '(Interviewer’s Name)'],
    ['Best wishes,\nName Here', 'Name Here'],
    ['Kind regards,\nYOUR NAME', 'YOUR NAME'],
    ['I would love to bring my skills to COMPANY NAME.', 'COMPANY NAME'],
    ['Dear NAME,\n\nThank you for the tour.', 'NAME'],
    ['My start date would be TBD.', 'TBD'],
    ['Our call on __ went well.', '__'],
    ['Dear ,\n\nThank you for meeting me.', 'Dear ,'],
    ['Hi ,\n\nThanks again for the visit.', 'Hi ,'],
    ['Dear Ms. ,\n\nThank you for your time.', 'Dear Ms. ,'],
  ])('flags %j', (text, stand) => expect(found(text)).toEqual([stand]));

  it.each([
    'Hi,\n\nThanks again for the visit.',
    'Hello,\n\nThank you for today.',
    'Hi, Priya,\n\nThank you.',
    'I am EXTREMELY excited about this POSITION.',
    'I NEED TO KNOW THE DATE NOW.',
    "Python's __init__ method came up, and snake_case names.",
    'My old manager (the name escapes me) said the same.',
    'I led two colleagues (my team) through the move.',
    'I worked here for six years and would add value here.',
    "I'd love to enter the job market here and fill in the details on Monday.",
    'I made a name here over ten years.',
    'We used XXL tape, the FIFO rule and NATE-certified techs.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));

  it('names the stand-in in its message, and the subject line counts once', () => {
    const text = 'Subject: Thank you, [COMPANY NAME]\n\nDear ,\n\nThank you.';
    const hits = placeholderCheck(parseDraft(text), {});
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['[COMPANY NAME]', 'Dear ,']);
    expect(hits[1]!.message).toMatch(/^"Dear ," is a stand-in that was never filled in\./);
  });

  it('runs a shape only on text holding what it needs, as every match of it does', () => {
    const needing = STAND_INS.filter((shape) => shape.needs !== undefined);
    expect(needing.map((shape) => shape.needs)).toEqual(['__', '(', '(', 'insert', 'here', 'here']);
    const matched = new Set<string>();
    for (const text of STAND_IN_TEXTS) {
      for (const shape of needing) {
        for (const match of text.matchAll(new RegExp(shape.pattern.source, shape.pattern.flags))) {
          expect(match[0].toLowerCase()).toContain(shape.needs);
          matched.add(shape.pattern.source);
        }
      }
    }
    // Each shape matched at least once, so none of them passed for want of a match.
    expect(matched.size).toBe(needing.length);
    expect(found('Subject: Insert Role Here interview\n\nPLEASE ENTER YOUR NAME HERE.')).toEqual([
      'Insert Role Here',
      'ENTER YOUR NAME HERE',
    ]);
  });
});
