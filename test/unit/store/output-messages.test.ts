import { describe, expect, it } from 'vitest';
import { describeOutput } from '../../../src/store/output-error.js';

const eml = describeOutput('/home/jo/drafts', { flag: '--eml', takes: 'folder', contents: 'the drafts', example: 'drafts' });
const ics = describeOutput('/home/jo/cal.ics', { flag: '--out', takes: 'file', example: 'follow-ups.ics' });
const failure = (code: string) => Object.assign(new Error(code), { code });

describe('the words of an output that cannot be written', () => {
  it('names the path given and the flag to change, never the store setting', () => {
    const cases: [Error, string, string][] = [
      [
        eml.file(failure('EACCES'), '/home/jo/drafts/thank-you-sam.eml'),
        'cannot write into /home/jo/drafts: permission denied; nothing was written.',
        'make /home/jo/drafts writable for you, or give --eml a folder where you can write.',
      ],
      [
        ics.file(failure('ESYMLINK'), '/home/jo/cal.ics'),
        'cannot write /home/jo/cal.ics: it is a symbolic link, and followup-coach never writes through one; nothing was written.',
        'give --out the path of the file itself, or remove the link: rm /home/jo/cal.ics',
      ],
      [
        ics.file(failure('ENAMETOOLONG'), '/home/jo/cal.ics'),
        'cannot write /home/jo/cal.ics: the path is too long for this system; nothing was written.',
        'give --out a shorter path.',
      ],
      [
        ics.file(failure('EWEIRD'), '/home/jo/cal.ics'),
        'cannot write /home/jo/cal.ics: the system said EWEIRD (EWEIRD); nothing was written.',
        'check that /home/jo is a folder you can write to, or give --out another path.',
      ],
    ];
    for (const [error, message, fix] of cases) {
      expect({ message: error.message, fix: (error as { tryMessage?: string }).tryMessage }).toEqual({ message, fix });
    }
  });
});
