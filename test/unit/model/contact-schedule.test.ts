// The contact request goes with the thank-you notes. Brasa & Co. (test/fixtures/interviews/brasa.json):
// Tomás was interviewed on Monday, November 30, 2026 by Aoife (phone), Kwame (e-mail) and Lin Yu,
// who wrote to him but whose e-mail he never got; "by the end of next week" is Friday, December 11.
// The thank-yous are on time through Tuesday, December 1. Weeks later the schedule said
// "contact request to Kwame Mensah-Bonsu: overdue since Tuesday, December 1; send it today".
import { describe, expect, it } from 'vitest';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { brasaFile } from '../../helpers/brasa.js';

function brasa(extra: Record<string, unknown> = {}): Interview {
  const result = parseInterviewText(JSON.stringify(brasaFile({}, extra)), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

const sent = (kind: SentEntry['kind'], to: string, day: string): SentEntry => ({ kind, to, at: `${day}T17:00:00.000Z` });
const at = (day: string) => new Date(`${day}T17:00:00.000Z`);

/** The schedule as `list` and the review word it: each step's line, and the line under the first. */
function lines(interview: Interview, day: string): string[] {
  const { items } = scheduleFor(interview, at(day), WEEKENDS_ONLY, US_WITH_YEARS);
  return items.flatMap((item) => [
    describeItem(item, day, US_WITH_YEARS),
    ...(item.dropped === undefined ? [] : [`  ${item.dropped}`]),
  ]);
}

const LAPSED =
  "  Too late to ask Kwame Mensah-Bonsu for Lin Yu's e-mail address for a thank-you; if it arrives, add it with " +
  'followup-coach export brasa-co-sous-chef > brasa-co-sous-chef.json, your edit, and followup-coach import brasa-co-sous-chef.json --replace.';

describe('the contact request is due with the thank-you notes', () => {
  it('is due on the day after the interview, with the thank-yous: in Kwame’s, who sat on the panel', () => {
    expect(lines(brasa(), '2026-12-01')).toEqual([
      'thank-you to Kwame Mensah-Bonsu: due today',
      'thank-you to Chef Aoife Ní Bhriain and Lin Yu: due today',
      'follow-up to Kwame Mensah-Bonsu and Lin Yu: not before Monday, December 14, 2026 (no e-mail address for Lin Yu yet)',
      'follow-up call to Chef Aoife Ní Bhriain: not before Monday, December 14, 2026',
    ]);
  });

  it('is dropped, with Lin Yu’s thank-you, once a thank-you would be late; her follow-up stays, marked', () => {
    // Two weeks on: Aoife's and Kwame's late thanks still go (a late thank-you counts), and the
    // follow-ups wait a business day after them; Lin Yu's waits on no thank-you of hers.
    expect(lines(brasa(), '2026-12-15')).toEqual([
      'thank-you to Chef Aoife Ní Bhriain and Kwame Mensah-Bonsu: overdue since Tuesday, December 1, 2026; send it today',
      LAPSED,
      'follow-up to Lin Yu: due today (no e-mail address for Lin Yu yet)',
      'follow-up to Kwame Mensah-Bonsu: not before Wednesday, December 16, 2026',
      'follow-up call to Chef Aoife Ní Bhriain: not before Wednesday, December 16, 2026',
    ]);
    const first = scheduleFor(brasa(), at('2026-12-15'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]!;
    expect(first.why.startsWith(LAPSED.trim())).toBe(true);
  });

  it('stops asking for a thank-you never sent once it is more than two weeks late: the follow-up thanks them instead', () => {
    // A new user's trial: months on, the home still said "send it today" of a thank-you due in
    // December. From the fifteenth day past its day the follow-up is the note that goes, on the
    // days the decision date gives it, and the line under it says why the thank-you is gone.
    expect(lines(brasa(), '2026-12-16')).toEqual([
      'follow-up to Kwame Mensah-Bonsu and Lin Yu: overdue since Tuesday, December 15, 2026; send it today (no e-mail address for Lin Yu yet)',
      `${LAPSED} It is too late now for a thank-you to Chef Aoife Ní Bhriain and Kwame Mensah-Bonsu: thank them for the meeting in the follow-up instead.`,
      'follow-up call to Chef Aoife Ní Bhriain: overdue since Tuesday, December 15, 2026; make it today',
    ]);
    // A thank-you on record ends it: only the one never sent is given up.
    const thanked = brasa({ sent: [sent('thank-you', 'Kwame Mensah-Bonsu', '2026-12-02')] });
    expect(lines(thanked, '2026-12-16')[1]).toBe(
      "  Lin Yu's e-mail address did not come in time for a thank-you; if it arrives, add it with " +
        'followup-coach export brasa-co-sous-chef > brasa-co-sous-chef.json, your edit, and followup-coach import brasa-co-sous-chef.json --replace. ' +
        'It is too late now for a thank-you to Chef Aoife Ní Bhriain: thank them for the meeting in the follow-up instead.',
    );
  });

  it('is dropped once recorded as sent; past the day, the line says the address did not come', () => {
    const asked = brasa({ sent: [sent('contact-request', 'Kwame Mensah-Bonsu', '2026-11-30')] });
    expect(lines(asked, '2026-12-01').map((line) => line.split(':')[0])).toEqual([
      'thank-you to Chef Aoife Ní Bhriain, Kwame Mensah-Bonsu and Lin Yu',
      'follow-up to Kwame Mensah-Bonsu and Lin Yu',
      'follow-up call to Chef Aoife Ní Bhriain',
    ]);
    const thanked = brasa({
      sent: [
        sent('contact-request', 'Kwame Mensah-Bonsu', '2026-11-30'),
        sent('thank-you', 'Chef Aoife Ní Bhriain', '2026-11-30'),
        sent('thank-you', 'Kwame Mensah-Bonsu', '2026-11-30'),
      ],
    });
    expect(lines(thanked, '2026-12-03').slice(0, 2)).toEqual([
      'follow-up to Kwame Mensah-Bonsu and Lin Yu: not before Monday, December 14, 2026 (no e-mail address for Lin Yu yet)',
      "  Lin Yu's e-mail address did not come in time for a thank-you; if it arrives, add it with " +
        'followup-coach export brasa-co-sous-chef > brasa-co-sous-chef.json, your edit, and followup-coach import brasa-co-sous-chef.json --replace.',
    ]);
  });

  it('once the address is added, the late thank-you to Lin Yu is due again, as any late thank-you', () => {
    const found = brasa();
    const withMail = {
      ...found,
      interviewers: found.interviewers.map((p) => (p.name === 'Lin Yu' ? { ...p, email: 'lin@brasa.example' } : p)),
    };
    expect(lines(withMail, '2026-12-15')[0]).toBe(
      'thank-you to Chef Aoife Ní Bhriain, Kwame Mensah-Bonsu and Lin Yu: overdue since Tuesday, December 1, 2026; send it today',
    );
  });
});
