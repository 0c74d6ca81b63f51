// calendar: the .ics file as real programs read it (python3-icalendar, calcurse), its lines as
// RFC 5545 wants them, and SEQUENCE growing only for the events that changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { pythonIcalendar, pythonJson, realTool } from '../helpers/real-tools.js';

const READ_ICS = join(import.meta.dirname, '../helpers/read-ics.py');
const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';

interface Parsed {
  version: string;
  events: {
    uid: string;
    start: string;
    startIsDate: boolean;
    end: string;
    endIsDate: boolean;
    transp: string;
    sequence: number;
    status: string;
    stamp: string;
    modified: string | null;
    summary: string;
    description: string;
    /** Seconds from the start for a relative TRIGGER; the ISO date-time of an absolute one. */
    alarms: { action: string; trigger: number | string; description: string }[];
  }[];
}

const icalendar = pythonIcalendar();
const calcurse = realTool('calcurse', ['--version'], 'calcurse');

describe('calendar', () => {
  let home = '';
  let file = '';
  beforeAll(async () => {
    home = newHome();
    for (const name of ['acme', 'lumen-health'])
      expect((await runCli(['import', join(FIXTURES, `${name}.json`)], { home })).code).toBe(0);
    file = join(home, 'followups.ics');
    const run = await runCli(['calendar', '--out', file], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`  Monday, December 7  Follow up with Priya Raghunathan: Acme Robotics\n`);
  });

  it('folds every line at 75 octets with CRLF, never inside a UTF-8 character', () => {
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('\n')) && !/[^\r]\n/.test(bytes.toString('latin1'))).toBe(true);
    const lines = bytes.toString('latin1').split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'latin1')).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own: no character was cut in two.
      expect(Buffer.from(line, 'latin1').toString('utf8')).not.toContain('\uFFFD');
    }
    // The accented names did get folded somewhere (so the test above tested something).
    expect(bytes.toString('utf8')).toContain('José Álvarez');
  });

  it.skipIf(!icalendar.available)('parses in python3-icalendar as all-day, free events with a reminder the day before', () => {
    const parsed = pythonJson<Parsed>(READ_ICS, [file]);
    expect(parsed.version).toBe('2.0');
    const follow = parsed.events.find((e) => e.uid === `${ACME}.follow-up.priya-raghunathan@followup-coach`)!;
    expect(follow).toMatchObject({
      start: '2026-12-07',
      startIsDate: true,
      end: '2026-12-08',
      endIsDate: true,
      transp: 'TRANSPARENT',
      sequence: 0,
      stamp: '2026-11-25T09:00:00+00:00',
      summary: 'Follow up with Priya Raghunathan: Acme Robotics',
      alarms: [
        { action: 'DISPLAY', trigger: -15 * 3600, description: 'Tomorrow: follow up with Priya Raghunathan (Acme Robotics)' },
      ],
    });
    expect(follow.description).toContain(
      `\n\nWrite the note with:\nfollowup-coach regen ${ACME} --kind follow-up --to "Priya Raghunathan"`,
    );
    const jose = parsed.events.find((e) => e.summary.includes('José Álvarez'))!;
    expect(jose.uid).toBe('lumen-health-product-designer.thank-you.jose-alvarez@followup-coach');
    // Every event ends the day after it starts.
    for (const event of parsed.events) {
      const next = new Date(`${event.start}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(event.end).toBe(next.toISOString().slice(0, 10));
    }
  });

  // A new user's trial: a file made in the afternoon set the reminder for a thank-you due that
  // day 15 hours before the day began, 09:00 the day before: in the past, so it never fired.
  it.skipIf(!icalendar.available)(
    'sets the reminder of a step due today a few minutes after the file is made, never in the past',
    async () => {
      const own = newHome();
      expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home: own })).code).toBe(0);
      const path = join(own, 'afternoon.ics');
      const env = { FOLLOWUP_COACH_NOW: '2026-11-25T16:00' };
      expect((await runCli(['calendar', ACME, '--out', path], { home: own, env })).code).toBe(0);
      const text = readFileSync(path, 'utf8');
      expect(text.match(/^TRIGGER.*$/gm)).toEqual([
        'TRIGGER;VALUE=DATE-TIME:20261125T160500Z',
        'TRIGGER;VALUE=DATE-TIME:20261125T160500Z',
        'TRIGGER:-PT15H',
        'TRIGGER:-PT15H',
      ]);
      const alarms = pythonJson<Parsed>(READ_ICS, [path]).events.map((e) => [e.start, e.alarms]);
      expect(alarms).toEqual([
        [
          '2026-11-25',
          [
            {
              action: 'DISPLAY',
              trigger: '2026-11-25T16:05:00+00:00',
              description: 'Today: send a thank-you to Priya Raghunathan (Acme Robotics)',
            },
          ],
        ],
        [
          '2026-11-25',
          [
            {
              action: 'DISPLAY',
              trigger: '2026-11-25T16:05:00+00:00',
              description: 'Today: call Sam Ortiz to say thank you (Acme Robotics)',
            },
          ],
        ],
        [
          '2026-12-07',
          [{ action: 'DISPLAY', trigger: -15 * 3600, description: 'Tomorrow: follow up with Priya Raghunathan (Acme Robotics)' }],
        ],
        [
          '2026-12-07',
          [{ action: 'DISPLAY', trigger: -15 * 3600, description: 'Tomorrow: call Sam Ortiz to follow up (Acme Robotics)' }],
        ],
      ]);
      // A step due tomorrow, its file made after 09:00 today: the reminder fires in minutes, and
      // still says "Tomorrow".
      const tomorrow = join(own, 'tomorrow.ics');
      const late = { FOLLOWUP_COACH_NOW: '2026-12-06T11:30' };
      expect((await runCli(['calendar', ACME, '--out', tomorrow], { home: own, env: late })).code).toBe(0);
      const follow = pythonJson<Parsed>(READ_ICS, [tomorrow]).events.find(
        (e) => e.uid === `${ACME}.follow-up.priya-raghunathan@followup-coach`,
      );
      expect(follow?.alarms).toEqual([
        {
          action: 'DISPLAY',
          trigger: '2026-12-06T11:35:00+00:00',
          description: 'Tomorrow: follow up with Priya Raghunathan (Acme Robotics)',
        },
      ]);
      if (!calcurse.available) return;
      const dir = join(own, 'calcurse');
      mkdirSync(dir);
      const report = execFileSync('calcurse', ['-i', path, '-D', dir], { encoding: 'utf8' });
      expect(report).toContain('0 apps / 4 events / 0 todos / 0 skipped');
    },
  );

  it.skipIf(!calcurse.available)('calcurse imports every event', () => {
    const dir = join(home, 'calcurse');
    mkdirSync(dir);
    const report = execFileSync('calcurse', ['-i', file, '-D', dir], { encoding: 'utf8' });
    const count = (readFileSync(file, 'utf8').match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
    expect(report).toContain(`0 apps / ${count} events / 0 todos / 0 skipped`);
    const apts = readFileSync(join(dir, 'apts'), 'utf8');
    expect(apts).toMatch(/^12\/07\/2026 \[1\] >[0-9a-f]+ Follow up with Priya Raghunathan: Acme Robotics$/m);
    // The description became the event's note, with the command in it.
    const notes = readdirSync(join(dir, 'notes')).map((name) => readFileSync(join(dir, 'notes', name), 'utf8'));
    expect(notes.some((note) => note.includes(`followup-coach regen ${ACME} --kind follow-up --to "Priya Raghunathan"`))).toBe(
      true,
    );
  });

  it('keeps each UID and raises SEQUENCE only for the events whose day moved (the others say the same)', async () => {
    const first = JSON.parse((await runCli(['calendar', ACME, '--json'], { home })).stdout);
    // A day later the overdue thank-yous move to the new today; the follow-ups stay.
    const later = await runCli(['calendar', ACME, '--json'], { home, env: { FOLLOWUP_COACH_NOW: '2026-11-26' } });
    const second = JSON.parse(later.stdout);
    const sequence = (rows: { uid: string; date: string; sequence: number }[]) =>
      rows.map(({ uid, date, sequence }) => [
        uid.replace(`${ACME}.`, '').replace('@followup-coach', '').replace('.', ' '),
        date,
        sequence,
      ]);
    expect(sequence(first.events)).toEqual([
      ['thank-you priya-raghunathan', '2026-11-25', 0],
      ['thank-you sam-ortiz', '2026-11-25', 0],
      ['follow-up priya-raghunathan', '2026-12-07', 0],
      ['voicemail sam-ortiz', '2026-12-07', 0],
    ]);
    expect(sequence(second.events)).toEqual([
      ['thank-you priya-raghunathan', '2026-11-26', 1],
      ['thank-you sam-ortiz', '2026-11-26', 1],
      ['follow-up priya-raghunathan', '2026-12-07', 0],
      ['voicemail sam-ortiz', '2026-12-07', 0],
    ]);
    expect(second).toMatchObject({ file: null });
    expect(second.events[2]).toMatchObject({
      id: ACME,
      kind: 'follow-up',
      to: 'Priya Raghunathan',
      summary: 'Follow up with Priya Raghunathan: Acme Robotics',
    });
  });

  it.skipIf(!icalendar.available)('marks a step done since the last file as cancelled, so importing again drops it', async () => {
    const own = newHome();
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home: own })).code).toBe(0);
    const path = join(own, 'acme.ics');
    expect((await runCli(['calendar', ACME, '--out', path], { home: own })).code).toBe(0);
    expect((await runCli(['sent', ACME, '--kind', 'thank-you', '--to', 'Priya'], { home: own })).code).toBe(0);
    const again = await runCli(['calendar', ACME, '--out', path], { home: own });
    expect(again.stdout).toContain('1 earlier reminder is no longer due: the file marks it cancelled.\n');
    const events = pythonJson<Parsed>(READ_ICS, [path]).events;
    const done = events.find((e) => e.uid === `${ACME}.thank-you.priya-raghunathan@followup-coach`)!;
    expect(done).toMatchObject({
      status: 'CANCELLED',
      sequence: 1,
      start: '2026-11-25',
      summary: 'Send a thank-you to Priya Raghunathan: Acme Robotics',
      alarms: [],
    });
    expect(events.filter((e) => e.status !== 'CANCELLED').map((e) => e.summary)).toEqual([
      'Call Sam Ortiz to say thank you: Acme Robotics',
      'Follow up with Priya Raghunathan: Acme Robotics',
      'Call Sam Ortiz to follow up: Acme Robotics',
    ]);
  });

  it.skipIf(!icalendar.available)(
    'raises SEQUENCE for an event whose title changed on the same day, and keeps it when nothing changed',
    async () => {
      const own = newHome();
      const at = (time: string) => ({ FOLLOWUP_COACH_NOW: `2026-11-25T${time}:00Z` });
      expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home: own, env: at('08:00') })).code).toBe(0);
      const path = join(own, 'acme.ics');
      const exported = async (time: string) => {
        const run = await runCli(['calendar', ACME, '--out', path], { home: own, env: at(time) });
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
        const events = pythonJson<Parsed>(READ_ICS, [path]).events;
        return events.find((e) => e.uid === `${ACME}.thank-you.sam-ortiz@followup-coach`)!;
      };
      expect(await exported('09:00')).toMatchObject({
        sequence: 0,
        summary: 'Call Sam Ortiz to say thank you: Acme Robotics',
        start: '2026-11-25',
        stamp: '2026-11-25T09:00:00+00:00',
        modified: '2026-11-25T09:00:00+00:00',
      });
      // A second round the same day, without Sam: Sam's thank-you is still round 1's to send, on
      // the same day, but its title now names the round.
      const second = JSON.parse(readFileSync(join(FIXTURES, 'acme.json'), 'utf8'));
      second.interviewDate = '2026-11-25';
      second.interviewers = [second.interviewers[0]];
      const file = join(own, 'round-2.json');
      writeFileSync(file, JSON.stringify(second));
      expect((await runCli(['import', file, '--round'], { home: own, env: at('12:00') })).code).toBe(0);
      const renamed = {
        sequence: 1,
        summary: 'Call Sam Ortiz to say thank you: Acme Robotics, round 1',
        start: '2026-11-25',
        modified: '2026-11-25T15:00:00+00:00',
      };
      expect(await exported('15:00')).toMatchObject({ ...renamed, stamp: '2026-11-25T15:00:00+00:00' });
      // Exported again with nothing changed: the same SEQUENCE and LAST-MODIFIED, so a calendar
      // that imports it again changes nothing.
      expect(await exported('18:00')).toMatchObject({ ...renamed, stamp: '2026-11-25T18:00:00+00:00' });
    },
  );

  it('counts only a file a calendar may import as the last one: a --json list leaves the record alone', async () => {
    const own = newHome();
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home: own })).code).toBe(0);
    // A look at the steps first, then a note sent: the first file written has nothing to cancel.
    const listed = JSON.parse((await runCli(['calendar', ACME, '--json'], { home: own })).stdout);
    expect(listed.file).toBeNull();
    expect(readdirSync(own)).not.toContain('calendar.json');
    expect((await runCli(['sent', ACME, '--kind', 'thank-you', '--to', 'Priya'], { home: own })).code).toBe(0);
    const path = join(own, 'acme.ics');
    const written = await runCli(['calendar', ACME, '--out', path], { home: own });
    expect(written.stdout).not.toContain('no longer due');
    expect(readFileSync(path, 'utf8')).not.toContain('STATUS:CANCELLED');
    expect(readdirSync(own)).toContain('calendar.json');
  });

  it('promises only what calendar programs do with a newer file', async () => {
    const own = newHome();
    expect((await runCli(['import', join(FIXTURES, 'acme.json')], { home: own })).code).toBe(0);
    const run = await runCli(['calendar', ACME, '--out', join(own, 'acme.ics')], { home: own });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Import it into your calendar. A program that matches events by their UID updates the same events from a newer file and drops those marked cancelled; some, calcurse for one, add copies instead and list cancelled steps as live: there, delete the earlier reminders before importing a newer file.',
    );
  });

  it('prints the file without --out, and refuses an --out that is not .ics', async () => {
    const printed = await runCli(['calendar', ACME], { home });
    expect(printed.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const wrong = await runCli(['calendar', '--out', 'reminders.txt'], { home });
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toBe(
      'followup-coach: --out reminders.txt: a calendar file should end in .ics, so calendar programs recognise it.\n' +
        'Try: followup-coach calendar --out followups.ics\n',
    );
  });

  it('with nothing saved says so (exit 1); an unknown id is a usage error', async () => {
    const empty = await runCli(['calendar', '--out', join(newHome(), 'x.ics')]);
    expect(empty).toMatchObject({
      code: 1,
      stderr:
        'followup-coach: no interviews are saved yet, so there is nothing to remind you of.\nTry: followup-coach import FILE   (or run followup-coach for the guided session)\n',
    });
    expect((await runCli(['calendar', 'nope'], { home })).code).toBe(2);
  });
});

describe('the golden calendar', () => {
  it.skipIf(!icalendar.available)('reads in python3-icalendar with its SEQUENCE and dates', () => {
    const parsed = pythonJson<Parsed>(READ_ICS, [join(import.meta.dirname, '../golden/deliver/acme.ics')]);
    expect(parsed.events.map((e) => [e.start, e.end, e.sequence])).toEqual([
      ['2026-11-25', '2026-11-26', 0],
      ['2026-11-25', '2026-11-26', 0],
      ['2026-12-07', '2026-12-08', 0],
      ['2026-12-07', '2026-12-08', 2],
    ]);
  });
});
