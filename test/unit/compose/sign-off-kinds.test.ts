// Each kind of note signs off as its moment asks: a stay-in-touch note three months after a no
// thanks nobody for anything new, so it does not sign off "With thanks," (a trial's did), and a
// note after a no is not the curt "Regards,". Every kind, in every tone, to a panel of five
// (every phrasing of the closing), written; calls have no sign-off.
import { describe, expect, it } from 'vitest';
import { TONES, type NoteKind } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const THANKS = new Set(['Thanks,', 'Many thanks,', 'With thanks,']);
/** The sign-offs each kind may end with. */
const ALLOWED: Readonly<Partial<Record<NoteKind, (signOff: string) => boolean>>> = {
  'stay-in-touch': (signOff) => !THANKS.has(signOff) && signOff !== 'Regards,',
  'not-selected': (signOff) => signOff !== 'Regards,',
};

describe('the sign-off fits the kind of note', () => {
  it.each(TONES)('%s', (tone) => {
    const panel = pharmacistPanel(NAMES, 'email', () => ({ topics: ['the aseptic unit'] }));
    const seen = new Map<NoteKind, Set<string>>();
    const wrong: string[] = [];
    for (const { kind, to, own } of ownWords(panel, 'email', tone)) {
      const signOff = own.trimEnd().split('\n').at(-1) ?? '';
      expect(signOff).toMatch(/^[A-Z][a-z]*( [a-z]+)*,$/);
      seen.set(kind, (seen.get(kind) ?? new Set()).add(signOff));
      if (ALLOWED[kind] && !ALLOWED[kind](signOff)) wrong.push(`${kind} to ${to}: ${signOff}`);
    }
    expect(wrong).toEqual([]);
    // Every kind was read, each with more than one sign-off across the panel.
    expect([...seen.keys()].sort()).toEqual(['follow-up', 'not-selected', 'stay-in-touch', 'thank-you']);
    for (const signOffs of seen.values()) expect(signOffs.size).toBeGreaterThan(1);
  });
});
