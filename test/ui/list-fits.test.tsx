// The interviewer list on an 80x24 terminal, with five people and the recaps of two long sections
// above it: the whole screen fits (one row kept free, src/ui/app.tsx), with the step's header and
// its keys on it. The recaps were counted as one row each though they wrap to two or three, so
// the frame grew past the terminal and its top scrolled away.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';

const COLUMNS = 80;
const ROWS = 24;

const person = (name: string, title: string) => ({
  name,
  title,
  email: `${name.split(' ')[0]!.toLowerCase()}@gv.example`,
  medium: 'email' as const,
  topics: ['the spring splits'],
});

const interview = sampleInterview({
  candidate: { name: 'Jordan Alexandra Lee-Whitmore', email: 'jordan.lee.beekeeping@example.com', phone: '+1 555 0100' },
  company: 'Golden Valley Honey Cooperative of the Northern Plains',
  role: 'Commercial Apiary Manager and Queen Rearing Lead for the Northern Region Sites and Pollination Contracts',
  recruiter: { name: 'Dana Whitfield-Okonkwo', email: 'dana@gv.example' },
  interviewers: [
    person('Marta Okafor', 'Operations Director'),
    person('Tomás Rivera', 'Head Beekeeper'),
    person('Helen Park', 'Quality Lead'),
    person('Samir Haddad', 'Extraction Supervisor'),
    person('Ruth Adeyemi', 'HR Partner'),
  ],
});

/** The session on a terminal of COLUMNS x ROWS, standing on the interviewer list. */
async function atList() {
  const draft = draftOf(initialState(answersOf(interview), { step: 'interviewers', index: 0 }));
  // The terminal's size is read when the app mounts: set it on the stream first.
  const app = render(<Text> </Text>);
  Object.defineProperty(app.stdout, 'columns', { value: COLUMNS });
  Object.defineProperty(app.stdout, 'rows', { value: ROWS });
  app.rerender(<App deps={worldDeps(emptyWorld({ draft }))} />);
  await waitFor(app, 'Pick up where you left off?');
  await typeAndWait(app, KEY.enter);
  return { app, frame: await waitFor(app, '5. Ruth Adeyemi') };
}

/** The frame's rows, and whether the header, the keys and the first recap are among them. */
function fits(frame: string) {
  const rows = frame.split('\n');
  return {
    rows: rows.length <= ROWS - 1,
    header: rows.some((row) => row.startsWith('followup-coach · 3/5 Interviewers')),
    keys: rows.some((row) => row.replace(/\u00a0/g, ' ').includes('Enter select')),
    recap: rows[0]?.startsWith('✓ About you: Jordan Alexandra Lee-Whitmore'),
    wide: rows.every((row) => row.length <= COLUMNS),
  };
}

const ALL = { rows: true, header: true, keys: true, recap: true, wide: true };

describe('the interviewer list on an 80x24 terminal', () => {
  it('fits with its header and keys, the options scrolling', async () => {
    const { app, frame } = await atList();
    expect(fits(frame)).toEqual(ALL);
    let shown = frame;
    for (let i = 0; i < 11; i += 1) shown = await typeAndWait(app, KEY.down);
    expect(shown).toContain('❯ Remove Ruth Adeyemi');
    expect(fits(shown)).toEqual(ALL);
    app.unmount();
  });
});
