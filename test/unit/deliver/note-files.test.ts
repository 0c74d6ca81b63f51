import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteFileNames, noteFileText, writeNoteFiles } from '../../../src/deliver/note-files.js';
import type { Note } from '../../../src/model/types.js';
import { tempDir } from '../../helpers/temp-dir.js';

const note = (to: string, kind: Note['kind'] = 'thank-you', subject = 'Thank you: Senior Backend Engineer'): Note => ({
  kind,
  to,
  subject,
  body: `Dear ${to},\n\nThank you.`,
  attachments: [],
});

describe('note files', () => {
  it('are named for kind and person, unique within one run', () => {
    expect(
      noteFileNames([
        note('Priya Raghunathan'),
        note('Nguyễn Thị Lan'),
        note('Priya Raghunathan'),
        note('Sam Ortiz', 'voicemail'),
      ]),
    ).toEqual([
      'thank-you-priya-raghunathan.txt',
      'thank-you-nguyen-thi-lan.txt',
      'thank-you-priya-raghunathan-2.txt',
      'voicemail-sam-ortiz.txt',
    ]);
  });

  it('start with the subject line, and leave it out when there is none', () => {
    expect(noteFileText(note('Sam Ortiz'))).toBe(
      'Subject: Thank you: Senior Backend Engineer\n\nDear Sam Ortiz,\n\nThank you.\n',
    );
    expect(noteFileText(note('Sam Ortiz', 'voicemail', ''))).toBe('Dear Sam Ortiz,\n\nThank you.\n');
  });

  it('head a call script with its title: there is no subject field to paste into', () => {
    expect(noteFileText({ ...note('Sam Ortiz', 'thank-you', 'Thank-you call: Engineer interview'), by: 'phone' })).toBe(
      'Thank-you call: Engineer interview (a script to read out on the call)\n\nDear Sam Ortiz,\n\nThank you.\n',
    );
    expect(noteFileText(note('Sam Ortiz', 'voicemail', 'Voicemail for Sam'))).toBe(
      'Voicemail for Sam (a script to read out on the call)\n\nDear Sam Ortiz,\n\nThank you.\n',
    );
  });

  it('are written into a folder that is created when missing', async () => {
    const dir = join(tempDir(), 'notes', 'acme');
    const paths = writeNoteFiles(dir, [note('Priya Raghunathan'), note('Sam Ortiz')]);
    expect(paths).toEqual([join(dir, 'thank-you-priya-raghunathan.txt'), join(dir, 'thank-you-sam-ortiz.txt')]);
    expect(readFileSync(paths[1]!, 'utf8')).toBe(noteFileText(note('Sam Ortiz')));
    expect(statSync(paths[0]!).mode & 0o777).toBe(0o600);
  });
});
