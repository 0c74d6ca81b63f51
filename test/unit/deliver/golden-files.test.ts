// Golden files for one mail draft and one calendar, byte for byte (CRLF included), so a change
// in nodemailer, ical-generator or our use of them shows up as a diff. Refresh on purpose with
//   UPDATE_GOLDEN=1 npx vitest run test/unit/deliver/golden-files.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../../src/deliver/calendar-events.js';
import { buildDraft } from '../../../src/deliver/eml.js';
import { icsText } from '../../../src/deliver/ics-file.js';
import type { Note } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

const GOLDEN = join(import.meta.dirname, '../../golden/deliver');
const update = process.env.UPDATE_GOLDEN === '1';

function matchesGolden(name: string, actual: Buffer): void {
  const path = join(GOLDEN, name);
  if (update) writeFileSync(path, actual);
  // Compared as text for a readable diff; the bytes are those of the file.
  expect(actual.toString('latin1')).toBe(readFileSync(path).toString('latin1'));
}

const NOTE: Note = {
  kind: 'follow-up',
  to: 'José Álvarez',
  address: 'jose.alvarez@lumen.example',
  subject: 'Re: Thank you: Diseñador de producto interview',
  body:
    'Dear José,\n\nI am following up on my note below about the Diseñador de producto role. ' +
    'I am still very interested, and our talk about the onboarding research stayed with me.\n\n' +
    'Best regards,\nJordan Lee\n\n> Dear José,\n>\n> Thank you for meeting with me.\n',
  attachments: ['Résumé Jordan Lee.pdf'],
};

describe('golden files', () => {
  it('a follow-up draft with a non-ASCII name, its resume and the earlier thank-you', async () => {
    const earlier = Buffer.from(
      'X-Unsent: 1\r\nSubject: Thank you\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nDear Jos\xc3\xa9,\r\n',
      'latin1',
    );
    const draft = await buildDraft({
      note: NOTE,
      candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' },
      attachments: [
        {
          fileName: 'Résumé Jordan Lee.pdf',
          contentType: 'application/pdf',
          content: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
          path: '/tmp/cv.pdf',
        },
      ],
      earlier: { fileName: 'thank-you-jose-alvarez.eml', content: earlier },
    });
    // The MIME boundary is random by design (it must not occur in the content): pin it here only.
    const text = draft.toString('latin1');
    const boundary = /boundary="([^"]+)"/.exec(text)![1]!;
    matchesGolden('follow-up-jose-alvarez.eml', Buffer.from(text.replaceAll(boundary, '--_BOUNDARY'), 'latin1'));
  });

  it('a calendar of every step still to take for the sample interview', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const events = calendarEvents([sampleInterview()], now, WEEKENDS_ONLY, US_WITH_YEARS).map((event, index) => ({
      ...event,
      sequence: index === 3 ? 2 : 0,
      modified: index === 3 ? '2026-11-24T18:30:00.000Z' : now.toISOString(),
    }));
    matchesGolden('acme.ics', Buffer.from(icsText(events, now, '0.1.0'), 'utf8'));
  });
});
