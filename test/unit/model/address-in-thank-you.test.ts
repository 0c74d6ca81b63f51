// The person asked for a missing address who also sat on the panel is asked in their own
// thank-you, in one sentence, not in a second note that thanks them "for your help with my
// interview" as if they had not been in the room (src/model/contact-schedule.ts). Brasa & Co.
// (test/fixtures/interviews/brasa.json) has no recruiter: Kwame, an interviewer with an address,
// is asked for Lin Yu's. The Acme sample with its recruiter Dana Kim on the panel is the other case.
import { describe, expect, it } from 'vitest';
import { composeNotes, kindsFor, reviewNotes } from '../../../src/compose/compose.js';
import { addressAskNow, askedInThankYou, contactRequestState } from '../../../src/model/contact-schedule.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { brasaFile } from '../../helpers/brasa.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

function brasa(extra: Record<string, unknown> = {}): Interview {
  const result = parseInterviewText(JSON.stringify(brasaFile({}, extra)), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}
const sent = (kind: SentEntry['kind'], to: string, day: string): SentEntry => ({ kind, to, at: `${day}T17:00:00.000Z` });
const at = (day: string) => new Date(`${day}T17:00:00.000Z`);
const lines = (interview: Interview, day: string) =>
  scheduleFor(interview, at(day), WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) => describeItem(item, day, US_WITH_YEARS));

const KWAME_ASKS = 'One small favor: could you share the e-mail address of Lin Yu with me, so that I can thank everyone I met?';

describe('an interviewer asked for an address is asked in their own thank-you', () => {
  it('puts that thank-you first on the schedule, saying why, and plans no request of its own', () => {
    expect(lines(brasa(), '2026-12-01').slice(0, 2)).toEqual([
      'thank-you to Kwame Mensah-Bonsu: due today',
      'thank-you to Chef Aoife Ní Bhriain and Lin Yu: due today',
    ]);
    const [first] = scheduleFor(brasa(), at('2026-12-01'), WEEKENDS_ONLY, US_WITH_YEARS).items;
    expect(first!.why).toBe(
      'You have no e-mail address for Lin Yu: your thank-you to Kwame Mensah-Bonsu asks for it in one line, so send that one first. ' +
        'Thank-you notes go out within 24 hours of the interview: send them by the end of Tuesday, December 1, 2026.',
    );
    expect(addressAskNow(brasa(), '2026-12-01')).toEqual({ name: 'Kwame Mensah-Bonsu', inThankYou: true });
  });

  it('writes the request into his thank-you only, and offers no contact request', () => {
    const notes = composeNotes(brasa(), 'thank-you');
    const kwame = notes.find((note) => note.to === 'Kwame Mensah-Bonsu')!;
    expect(kwame.body).toContain(`\n\n${KWAME_ASKS}\n\n`);
    expect(kwame.asksFor).toEqual(['Lin Yu']);
    expect(notes.filter((note) => note.body.includes('share the e-mail address')).map((note) => note.to)).toEqual([
      'Kwame Mensah-Bonsu',
    ]);
    expect(kindsFor(brasa())).not.toContain('contact-request');
    expect(reviewNotes(brasa()).map((note) => note.kind)).not.toContain('contact-request');
    expect(() => composeNotes(brasa(), 'contact-request')).toThrow(
      'Kwame Mensah-Bonsu sat on the panel, so your thank-you to Kwame Mensah-Bonsu asks for the missing addresses in one line',
    );
  });

  it('counts the request as made once his thank-you is on record, and his note still reads as sent', () => {
    const thanked = brasa({ sent: [sent('thank-you', 'Kwame Mensah-Bonsu', '2026-11-30')] });
    expect(contactRequestState(thanked, '2026-12-01')).toBe('asked');
    expect(addressAskNow(thanked, '2026-12-01')).toBeNull();
    expect(lines(thanked, '2026-12-01')[0]).toBe('thank-you to Chef Aoife Ní Bhriain and Lin Yu: due today');
    const again = composeNotes(thanked, 'thank-you', { to: 'Kwame' })[0]!;
    expect(again.body).toContain(KWAME_ASKS);
  });

  it('past the day of the thank-yous, a late thank-you to him asks for nothing', () => {
    const late = composeNotes(brasa(), 'thank-you', { to: 'Kwame', dateStyle: { ...US_WITH_YEARS, today: '2026-12-21' } })[0]!;
    expect(late.body).not.toContain('share the e-mail address');
    expect(late.asksFor).toBeUndefined();
  });

  it('keeps a request already on record as its own note', () => {
    const asked = brasa({ sent: [sent('contact-request', 'Kwame Mensah-Bonsu', '2026-11-30')] });
    expect(askedInThankYou(asked)).toBeNull();
    expect(kindsFor(asked)).toContain('contact-request');
    expect(composeNotes(asked, 'thank-you', { to: 'Kwame' })[0]!.body).not.toContain('share the e-mail address');
  });
});

describe('a recruiter on the panel', () => {
  const [priya, sam] = sampleInterview().interviewers;
  const dana = {
    name: 'Dana Kim',
    title: 'Talent Partner',
    email: 'dana.kim@acme.example',
    medium: 'email' as const,
    topics: ['the relocation package'],
  };
  const onPanel = sampleInterview({ interviewers: [{ ...priya!, email: undefined }, sam!, dana] });

  it('gets one thank-you that asks for the address, and no request', () => {
    expect(askedInThankYou(onPanel)?.name).toBe('Dana Kim');
    const [note] = composeNotes(onPanel, 'thank-you', { to: 'Dana' });
    expect(note!.body).toContain(
      'One small favor: could you share the e-mail address of Priya Raghunathan with me, so that I can thank everyone I met?',
    );
    expect(note!.asksFor).toEqual(['Priya Raghunathan']);
    expect(kindsFor(onPanel)).not.toContain('contact-request');
  });

  it('asks in the formal and the brief tone too, in their own words', () => {
    const formal = composeNotes({ ...onPanel, tone: 'formal' }, 'thank-you', { to: 'Dana' })[0]!;
    expect(formal.body).toContain(
      'I would also be grateful if you could share the e-mail address of Priya Raghunathan with me, so that I may thank everyone I met.',
    );
    const brief = composeNotes({ ...onPanel, tone: 'brief' }, 'thank-you', { to: 'Dana' })[0]!;
    expect(brief.body).toContain('Could you also share the e-mail address of Priya Raghunathan, so I can thank everyone I met?');
  });

  it('off the panel, the recruiter still gets a request of their own', () => {
    const offPanel = sampleInterview({
      interviewers: [{ ...priya!, email: undefined }, sam!],
      recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example' },
    });
    expect(askedInThankYou(offPanel)).toBeNull();
    expect(kindsFor(offPanel)).toContain('contact-request');
    expect(composeNotes(offPanel, 'thank-you').some((note) => note.body.includes('could you share'))).toBe(false);
  });
});
