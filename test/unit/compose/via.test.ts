// Notes through a go-between: one note per person, each greeted and written for them, sent to the
// go-between's address under a subject that says whom it is for, after a line to the go-between.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeNotes, followUpNotes, kindsFor, reviewNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import type { Interview } from '../../../src/model/types.js';
import { thanked } from '../../helpers/thanked.js';

function fixture(name: string): Interview {
  const text = readFileSync(new URL(`../../fixtures/interviews/${name}`, import.meta.url), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

const interview = fixture('van-der-berg-via.json');
// Once the thank-yous went out: a follow-up quotes only one on record.
const afterThanks = thanked(interview);
const route = (notes: readonly { to: string; address?: string | undefined; via?: { name: string } | undefined }[]) =>
  notes.map((note) => `${note.to} -> ${note.via ? `${note.address} via ${note.via.name}` : note.address}`);

describe('notes through a go-between', () => {
  it('one thank-you per person, each to Alex’s address but her own, which is simply hers', () => {
    expect(route(composeNotes(interview, 'thank-you'))).toEqual([
      'Joost van der Berg -> alex.kim@vdberg.example via Alex Kim',
      'Dr. María José García-López -> alex.kim@vdberg.example via Alex Kim',
      "Sean O'Neill -> alex.kim@vdberg.example via Alex Kim",
      'Alex Kim -> alex.kim@vdberg.example',
    ]);
  });

  it('each keeps its own greeting and topic under the cover line, and its subject says whom it is for', () => {
    const [joost, garcia] = composeNotes(interview, 'thank-you');
    expect(joost!.subject).toBe('Thank you: Senior Structural Engineer interview, second round (for Joost van der Berg)');
    expect(joost!.via?.cover).toBe(
      'Ms Kim, as you suggested, here is my thank-you note for Mr van der Berg. Thank you for passing it on.',
    );
    expect(joost!.body.split('\n\n')[1]).toBe('Dear Mr van der Berg,');
    expect(joost!.body).toContain("the firm's growth in the Netherlands");
    expect(garcia!.body.split('\n\n').slice(0, 2)).toEqual([
      'Ms Kim, as you suggested, here is my thank-you note for Dr. García-López. Thank you for passing it on.',
      'Dear Dr. García-López,',
    ]);
    // Never one note for the group: nobody else is named in anybody's note.
    expect(joost!.body).not.toContain('García');
  });

  it('the note is the same note as the direct one, after the cover', () => {
    const direct = composeNotes({ ...interview, via: undefined, interviewers: interview.interviewers }, 'thank-you');
    const [joost] = composeNotes(interview, 'thank-you');
    expect(joost!.body).toBe(`${joost!.via!.cover}\n\n${direct[0]!.body}`);
  });

  it('asks Alex for no address: Joost has none, but his notes go through her', () => {
    expect(kindsFor(interview)).not.toContain('contact-request');
    // Without "via", Alex (on the panel) is asked for Joost's address in her own thank-you.
    const direct = { ...interview, via: undefined };
    expect(kindsFor(direct)).not.toContain('contact-request');
    expect(composeNotes(direct, 'thank-you', { to: 'Alex Kim' })[0]!.asksFor).toEqual(['Joost van der Berg']);
    expect(reviewNotes(interview).map((note) => note.kind)).toEqual(['thank-you', 'thank-you', 'thank-you', 'thank-you']);
  });

  it('follow-ups go straight to those with an address, through Alex for Joost, quoting his own note', () => {
    const followUps = followUpNotes(afterThanks);
    expect(route(followUps)).toEqual([
      'Joost van der Berg -> alex.kim@vdberg.example via Alex Kim',
      'Dr. María José García-López -> mj.garcia@vdberg.example',
      "Sean O'Neill -> sean.oneill@vdberg.example",
      'Alex Kim -> alex.kim@vdberg.example',
    ]);
    const [joost, garcia] = followUps;
    // Joost's replies in the thread Alex has. María José never had a mail from the candidate (her
    // thank-you went to Alex), so hers answers nothing: it starts a thread, with no "Re:".
    expect(joost!.subject).toBe('Re: Thank you: Senior Structural Engineer interview, second round (for Joost van der Berg)');
    expect(garcia!.subject).toBe('Following up: Senior Structural Engineer interview, second round');
    // What they quote is the note to them, not the line to Alex.
    expect(garcia!.quotes?.startsWith('Dear Dr. García-López,')).toBe(true);
    expect(joost!.quotes?.startsWith('Dear Mr van der Berg,')).toBe(true);
    expect(garcia!.body).not.toContain('Ms Kim');
  });

  it('quotes the thank-you as sent without its cover line, even when the log has the whole mail', () => {
    const [, garciaThanks] = composeNotes(interview, 'thank-you');
    const sent = {
      ...interview,
      sent: [
        {
          kind: 'thank-you' as const,
          to: garciaThanks!.to,
          at: '2026-11-30T17:00:00.000Z',
          subject: garciaThanks!.subject,
          body: garciaThanks!.body,
        },
      ],
    };
    const [followUp] = composeNotes(sent, 'follow-up', { to: 'García' });
    expect(followUp!.subject).toBe('Following up: Senior Structural Engineer interview, second round');
    expect(followUp!.quotes).toBe(garciaThanks!.body.slice(garciaThanks!.via!.cover.length + 2));
  });

  it('a second follow-up answers the first where it went: María José’s own thread, Joost’s through Alex', () => {
    const at = '2026-12-14T15:00:00.000Z';
    const firsts = followUpNotes(afterThanks).filter((note) => note.to !== 'Alex Kim');
    const sent = firsts.map((note) => ({ kind: 'follow-up' as const, to: note.to, at, subject: note.subject, body: note.body }));
    const later = { ...US_WITH_YEARS, today: '2026-12-28' };
    const seconds = composeNotes({ ...interview, sent }, 'follow-up', { dateStyle: later });
    expect(seconds.filter((note) => note.to !== 'Alex Kim').map((note) => note.subject)).toEqual([
      'Re: Thank you: Senior Structural Engineer interview, second round (for Joost van der Berg)',
      'Re: Following up: Senior Structural Engineer interview, second round',
      'Re: Following up: Senior Structural Engineer interview, second round',
    ]);
  });

  it('a thank-you sent through Alex under a subject of the user’s own is the thread Joost’s follow-up answers', () => {
    const [joostThanks] = composeNotes(interview, 'thank-you');
    const subject = 'For Mr van der Berg, with thanks';
    const sent = [
      { kind: 'thank-you' as const, to: joostThanks!.to, at: '2026-11-30T17:00:00.000Z', subject, body: joostThanks!.body },
    ];
    const [followUp] = composeNotes({ ...interview, sent }, 'follow-up', { to: 'Joost' });
    expect(followUp!.via?.name).toBe('Alex Kim');
    expect(followUp!.subject).toBe(`Re: ${subject}`);
  });

  it('fresh notes through Alex say whom they are for, with no "Re:"', () => {
    const [joost] = composeNotes(interview, 'stay-in-touch');
    expect(joost!.subject).toBe('Keeping in touch after the Senior Structural Engineer interview (for Joost van der Berg)');
  });

  it('with "all", every written note goes through her; a call never does', () => {
    const all: Interview = { ...interview, via: { name: 'Alex Kim', notes: 'all' } };
    expect(route(composeNotes(all, 'follow-up')).filter((line) => line.includes(' via '))).toHaveLength(3);
    const caller = { ...interview.interviewers[2]!, medium: 'phone' as const, phone: '+31 20 555 0199' };
    const withCaller: Interview = { ...all, interviewers: [interview.interviewers[0]!, caller, interview.interviewers[3]!] };
    const thanks = composeNotes(withCaller, 'thank-you');
    expect(thanks.map((note) => [note.to, note.by ?? 'email', note.via?.name ?? null])).toEqual([
      ['Joost van der Berg', 'email', 'Alex Kim'],
      ["Sean O'Neill", 'phone', null],
      ['Alex Kim', 'email', null],
    ]);
  });

  it('a note after a no goes through her only for Joost, in the words of that note', () => {
    const no: Interview = { ...interview, status: 'not-selected', statusOn: '2026-12-07' };
    const [joost, garcia] = composeNotes(no, 'not-selected');
    expect(joost!.via?.cover).toBe(
      'Ms Kim, here is a note for Mr van der Berg, sent through you as my thank-you was. Thank you for passing it on.',
    );
    expect(joost!.subject).toBe('Thank you for considering me: Senior Structural Engineer (for Joost van der Berg)');
    expect(garcia!.via).toBeUndefined();
  });
});
