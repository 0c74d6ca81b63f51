// A session context for reducer tests: a fixed clock and small date readers. The model's real
// readers are tested in test/unit/model; here only the session's use of them matters.
import { addDays, parseIsoDate } from '../../../src/model/dates.js';
import type { SessionContext } from '../../../src/session/index.js';

export const TODAY = '2026-11-25';

export const context: SessionContext = {
  now: new Date(`${TODAY}T09:00:00Z`),
  today: TODAY,
  understandDate: (text) => (text === 'yesterday' ? addDays(TODAY, -1) : text === 'today' ? TODAY : parseIsoDate(text)),
  resolveTimeframe: (text, date) => ({ date: text === 'by the end of next week' ? addDays(date, 10) : null }),
};
