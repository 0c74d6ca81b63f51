// The id of a saved interview after its company or role changed: it follows the answers while
// nothing has gone out, and stays (saying why) once something did.
import { describe, expect, it } from 'vitest';
import { idAfterChange } from '../../../src/session/interview-id.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const TYPO = sampleInterview({
  id: 'hollis-crane-outfitters-assistant-distrcit-manager',
  company: 'Hollis Crane Outfitters',
  role: 'Assistant Distrcit Manager',
});
const FIXED = { company: 'Hollis Crane Outfitters', role: 'Assistant District Manager' };
const SENT = {
  kind: 'thank-you',
  to: 'Sam Ortiz',
  at: '2026-11-24T20:00:00.000Z',
  method: 'clipboard',
  subject: 'Thank you',
  body: 'Dear Sam',
} as const;

describe('idAfterChange', () => {
  it('follows a fixed role while nothing went out, and says the new id', () => {
    expect(idAfterChange(TYPO, FIXED, [TYPO], false)).toEqual({
      kind: 'rename',
      to: 'hollis-crane-outfitters-assistant-district-manager',
      notice:
        'Now saved as hollis-crane-outfitters-assistant-district-manager (was hollis-crane-outfitters-assistant-distrcit-manager): regen and the other commands take the new id.',
    });
  });

  it('takes the next free id when another interview has the new one', () => {
    const other = sampleInterview({ id: 'hollis-crane-outfitters-assistant-district-manager', ...FIXED, date: '2026-10-01' });
    expect(idAfterChange(TYPO, FIXED, [other, TYPO], false)).toMatchObject({
      kind: 'rename',
      to: 'hollis-crane-outfitters-assistant-district-manager-2',
    });
  });

  it('keeps the id once a note was marked sent, and says why', () => {
    expect(idAfterChange({ ...TYPO, sent: [SENT] }, FIXED, [TYPO], false)).toEqual({
      kind: 'keep',
      notice:
        'The id stays hollis-crane-outfitters-assistant-distrcit-manager, since a note of this interview was marked sent; the notes use the new answers.',
    });
  });

  it('keeps the id once a calendar file has its steps, or a later round is filed under it', () => {
    expect(idAfterChange(TYPO, FIXED, [TYPO], true)).toMatchObject({ kind: 'keep' });
    const second = { ...TYPO, id: `${TYPO.id}-round-2`, round: 2 };
    expect(idAfterChange(TYPO, FIXED, [TYPO, second], false)).toMatchObject({ kind: 'keep' });
    expect(idAfterChange(second, FIXED, [TYPO, second], false)).toMatchObject({ kind: 'keep' });
  });

  it('leaves the id alone when the company and role did not change, or already give it', () => {
    const imported = { ...TYPO, id: 'my-own-id' };
    expect(idAfterChange(imported, { company: TYPO.company, role: TYPO.role }, [imported], false)).toEqual({ kind: 'same' });
    const fixed = { ...TYPO, ...FIXED, id: 'hollis-crane-outfitters-assistant-district-manager-2' };
    expect(
      idAfterChange(fixed, { company: 'Hollis Crane Outfitters', role: 'Assistant  District Manager' }, [fixed], false),
    ).toEqual({
      kind: 'same',
    });
  });
});
