// A long job title is said in full once in a note, then "the role": said twice in full in one
// short note, "the Senior Principal Staff Clinical Informatics Pharmacist Lead role" reads as a
// form filled in twice. Every kind, in every tone, written and called; a short title is left be.
import { describe, expect, it } from 'vitest';
import { roleNamedOnce } from '../../../src/compose/role-once.js';
import { TONES } from '../../../src/model/types.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const LONG = 'Senior Principal Staff Clinical Informatics Pharmacist Lead';
const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];
const cases = TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [`${tone}, ${by}`, tone, by] as const));

describe('a long role is named in full once', () => {
  it.each(cases)('%s', (_, tone, by) => {
    const panel = pharmacistPanel(NAMES, by, () => ({ topics: ['the weekend rota for the aseptic unit'] }), { role: LONG });
    const twice = [...ownWords(panel, by, tone)]
      .filter(({ own }) => own.split(LONG).length > 2)
      .map(({ kind, to, own }) => `${kind} to ${to}: ${own}`);
    expect(twice).toEqual([]);
  });

  it('names it first in full, then as the role, the position or the interview', () => {
    const body =
      `Dear Ann,\n\nI have heard I will not be moving forward for the ${LONG} role.\n\n` +
      `If another opening like the ${LONG} role comes up, I would apply. The ${LONG} position suits me, ` +
      `and I would still join you as ${LONG}.\n\nOn May 1, Eleanor wrote:\n> the ${LONG} role`;
    expect(roleNamedOnce(body, LONG)).toBe(
      `Dear Ann,\n\nI have heard I will not be moving forward for the ${LONG} role.\n\n` +
        'If another opening like that one comes up, I would apply. The position suits me, ' +
        `and I would still join you in the role.\n\nOn May 1, Eleanor wrote:\n> the ${LONG} role`,
    );
  });

  it('leaves a short title as it is, each time', () => {
    const body = 'the Data Analyst role, and another like the Data Analyst role';
    expect(roleNamedOnce(body, 'Data Analyst')).toBe(body);
  });
});
