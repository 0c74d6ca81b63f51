// After a no told by the recruiter who was not on the panel (Dana Kim, in the Acme sample), she
// gets a short reply of her own (src/model/outcome.ts tellerOffPanel,
// templates/partials/not-selected-teller.hbs): first on the schedule, in the review, and among
// the people the session's "Record news" offers for that note.
import { describe, expect, it } from 'vitest';
import { composeNotes, reviewNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { tellerOffPanel, withOutcome } from '../../../src/model/outcome.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview } from '../../../src/model/types.js';
import { newsQuestion } from '../../../src/session/news.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const DAY = '2026-12-02';
const toldBy = (name: string, interview: Interview = sampleInterview()) =>
  withOutcome(interview, 'not-selected', '2026-12-01', name);
const lines = (interview: Interview) =>
  scheduleFor(interview, new Date(`${DAY}T17:00:00.000Z`), WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) =>
    describeItem(item, DAY, US_WITH_YEARS),
  );

describe('the recruiter who told of a no from off the panel', () => {
  it('is the teller to reply to only when she told, was not interviewed, and the news is a no', () => {
    expect(tellerOffPanel(toldBy('Dana Kim'))?.name).toBe('Dana Kim');
    expect(tellerOffPanel(toldBy('Priya Raghunathan'))).toBeNull();
    expect(tellerOffPanel(withOutcome(sampleInterview(), 'closed', '2026-12-01', 'Dana Kim'))).toBeNull();
    const onPanel = sampleInterview();
    const withDana = {
      ...onPanel,
      interviewers: [
        ...onPanel.interviewers,
        {
          name: 'Dana Kim',
          title: 'Talent Partner',
          medium: 'email' as const,
          email: 'dana.kim@acme.example',
          topics: ['relocation'],
        },
      ],
    };
    expect(tellerOffPanel(toldBy('Dana Kim', withDana))).toBeNull();
  });

  it('comes first on the schedule, with why, and leaves once her reply is on record', () => {
    const told = toldBy('Dana Kim');
    expect(lines(told)[0]).toBe('thanks after the decision to Dana Kim: due today');
    expect(scheduleFor(told, new Date(`${DAY}T17:00:00.000Z`), WEEKENDS_ONLY, US_WITH_YEARS).items[0]!.why).toBe(
      'Dana Kim told you the news. Reply within a day (by the end of Wednesday, December 2, 2026): thank Dana Kim for letting you know and for the help along the way, and say you would like to stay in touch.',
    );
    const replied = { ...told, sent: [{ kind: 'not-selected' as const, to: 'Dana Kim', at: `${DAY}T17:00:00.000Z` }] };
    expect(lines(replied).some((line) => line.includes('Dana Kim'))).toBe(false);
  });

  it('is in the review, first, with a note that names no talk with her', () => {
    const notes = reviewNotes(toldBy('Dana Kim'));
    expect(notes.map((note) => `${note.kind} -> ${note.to}`)).toEqual([
      'not-selected -> Dana Kim',
      'not-selected -> Priya Raghunathan',
      'not-selected -> Sam Ortiz',
    ]);
    const [dana] = notes;
    expect(dana!.address).toBe('dana.kim@acme.example');
    expect(dana!.subject).toBe('Thank you for letting me know: Senior Backend Engineer');
    for (const topic of sampleInterview().interviewers.flatMap((person) => person.topics))
      expect(dana!.body).not.toContain(topic);
  });

  it('is a call script when only her number is known', () => {
    const byPhone = toldBy('Dana Kim', sampleInterview({ recruiter: { name: 'Dana Kim', phone: '+1 555 0199' } }));
    const [dana] = composeNotes(byPhone, 'not-selected', { to: 'Dana' });
    expect(dana).toMatchObject({ to: 'Dana Kim', by: 'phone', address: '+1 555 0199' });
    expect(dana!.subject).toBe('Call after the news: Senior Backend Engineer');
    expect(dana!.body.split('\n')[0]).toMatch(
      /^Hello Dana, it's Jordan Lee\. I'm calling to say thanks for letting me know the decision/,
    );
  });

  it('is offered first when the session records a reply to a no as sent', () => {
    const question = newsQuestion({ step: 'person', kind: 'not-selected' }, toldBy('Dana Kim'));
    expect(question.options.map((option) => option.value)).toEqual(['Dana Kim', 'Priya Raghunathan', 'Sam Ortiz']);
  });
});
