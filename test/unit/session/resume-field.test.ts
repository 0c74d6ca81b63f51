// The resume question takes only a file that is there: every thank-you and follow-up then says
// the resume is attached, and a mail draft attaches it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createSessionDeps } from '../../../src/commands/session-deps.js';
import { EMPTY_ANSWERS } from '../../../src/session/index.js';
import { fieldById, type SessionContext } from '../../../src/session/fields.js';
import { problems } from '../../../src/session/messages.js';
import { STEP_CONTEXT } from '../../support/fake-world.js';
import { captureStream } from '../../helpers/streams.js';

const folder = mkdtempSync(join(tmpdir(), 'fc-resume-'));
// The session's real deps, which read the disk.
const handle = createSessionDeps({
  argv: [],
  stdin: new PassThrough(),
  stdout: captureStream(),
  stderr: captureStream(),
  env: { FOLLOWUP_COACH_HOME: join(folder, 'home') },
  interactive: false,
  now: () => new Date('2026-12-01T10:00:00Z'),
});
afterAll(async () => {
  await handle.dispose();
  rmSync(folder, { recursive: true, force: true });
});
const cv = join(folder, 'Maren_Holloway_CV.pdf');
writeFileSync(cv, '%PDF-1.7\n');
mkdirSync(join(folder, 'Documents'));

const field = fieldById('candidate.resume');
if (field.kind !== 'text') throw new Error('the resume question is a text field');
const onDisk: SessionContext = handle.deps.stepContext();
const problem = (value: string, context = onDisk) => field.validate(value, EMPTY_ANSWERS, context);

describe('the resume question', () => {
  it('takes a file that is there, by its full or relative path, and an empty answer', () => {
    // Relative to where the session was started, as a shell reads it.
    expect([problem(cv), problem(relative(process.cwd(), cv)), problem(''), problem('   ')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses a path with no file, and a folder, saying what to type', () => {
    expect(problem('~/Documents/Maren_Holloway_CV.pdf')).toBe(problems.noResume('~/Documents/Maren_Holloway_CV.pdf'));
    expect(problem(join(folder, 'Documents'))).toBe(problems.noResume(join(folder, 'Documents')));
    expect(problems.noResume('cv.pdf')).toBe(
      'There is no file at cv.pdf. Type the path of your resume as a terminal would read it (~/Documents/resume.pdf), or leave it empty: the notes then mention no attachment.',
    );
  });

  it('takes any path where the session has no disk to look at', () => {
    expect(problem('~/Documents/Maren_Holloway_CV.pdf', STEP_CONTEXT)).toBeUndefined();
  });
});
