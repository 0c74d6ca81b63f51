// --to as people type it: a given name, a surname, the greeting name, the whole name or its start.
import { describe, expect, it } from 'vitest';
import { matchName } from '../../../src/compose/match-name.js';

const PANEL = [
  { name: 'Nguyễn Thị Lan' },
  { name: 'Katherine Kelly', greeting: 'Kate' },
  { name: 'José Álvarez' },
  { name: 'Sam Ortiz' },
  { name: 'Samantha Reyes' },
  { name: 'Lee Chen' },
  { name: 'Morgan Lee' },
];

describe('matchName', () => {
  it.each([
    ['Lan', 0],
    ['thi lan', 0],
    ['Kelly', 1],
    ['kate', 1],
    ['jose alvarez', 2],
    ['jose alv', 2],
    ['Álvarez', 2],
    ['sam', 3],
    ['Ortiz', 3],
    ['saman', 4],
  ])('%j is %s', (typed, index) => {
    expect(matchName(PANEL, typed)).toEqual({ kind: 'found', indexes: [index] });
  });

  it('a word two people share is ambiguous, with both', () => {
    expect(matchName(PANEL, 'lee')).toEqual({ kind: 'ambiguous', indexes: [5, 6] });
  });

  it('the same name saved twice is found twice, and nobody is none', () => {
    expect(matchName([{ name: 'Ana Silva' }, { name: 'ana  silva' }], 'Ana')).toEqual({ kind: 'found', indexes: [0, 1] });
    expect(matchName(PANEL, 'Zed')).toEqual({ kind: 'none' });
    expect(matchName(PANEL, '  ')).toEqual({ kind: 'none' });
  });

  // The St. Brigid's panel of the pharmacist's report: every way she named them in one command
  // or another, each found (check --to and the session once refused the surnames and "Mai").
  const BRIGIDS = [
    { name: 'Dr. Oluwaseun Adébáyọ̀' },
    { name: 'Siobhán Ní Bhriain' },
    { name: 'Tom Kessler' },
    { name: 'Dr. Mai Hoang', greeting: 'Dr. Hoang' },
    { name: 'Gail Porter' },
  ];
  it.each([
    ['Oluwaseun', 0],
    ['Adebayo', 0],
    ['Adébáyọ̀', 0],
    ['dr adebayo', 0],
    ['Oluwaseun Adebayo', 0],
    ['Dr. Oluwaseun Adébáyọ̀', 0],
    ['Siobhan', 1],
    ['Ni Bhriain', 1],
    ['siobhán ní bhriain', 1],
    ['Kessler', 2],
    ['Mr. Kessler', 2],
    ['Mai', 3],
    ['Hoang', 3],
    ['Dr. Hoang', 3],
    ['dr mai hoang', 3],
    ['gail', 4],
  ])('%j is %s among titled and accented names', (typed, index) => {
    expect(matchName(BRIGIDS, typed)).toEqual({ kind: 'found', indexes: [index] });
  });

  it('a title alone names nobody, and does not pick one of the two doctors', () => {
    expect(matchName(BRIGIDS, 'Dr.')).toEqual({ kind: 'none' });
    expect(matchName(BRIGIDS, 'Priya')).toEqual({ kind: 'none' });
  });
});

// The civil engineer's second-round panel of the trial run: the names she typed that were refused.
describe('matchName: double surnames and apostrophes', () => {
  const PANEL_VDB = [
    { name: 'Joost van der Berg' },
    { name: 'Dr. María José García-López' },
    { name: "Sean O'Neill" },
    { name: 'Alex Kim', greeting: 'Ms Kim' },
    { name: 'Kwame Mensah-Bonsu' },
  ];
  it.each([
    ['García', 1],
    ['garcia', 1],
    ['Dr. García', 1],
    ['López', 1],
    ['Garcia-Lopez', 1],
    ['María José García', 1],
    ['Sean O’Neill', 2],
    ['O’Neill', 2],
    ["O'Neill", 2],
    ['ONeill', 2],
    ['Mensah', 4],
    ['Bonsu', 4],
  ])('%j is %s', (typed, index) => {
    expect(matchName(PANEL_VDB, typed)).toEqual({ kind: 'found', indexes: [index] });
  });

  it('a part of a double surname two people share is still ambiguous', () => {
    const sisters = [{ name: 'Ana García-López' }, { name: 'Lucía García-Ruiz' }, { name: 'Sean O’Neill' }];
    expect(matchName(sisters, 'García')).toEqual({ kind: 'ambiguous', indexes: [0, 1] });
    expect(matchName(sisters, "O'Neill")).toEqual({ kind: 'found', indexes: [2] });
  });
});
