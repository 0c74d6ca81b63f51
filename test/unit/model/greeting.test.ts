import { describe, expect, it } from 'vitest';
import {
  addressOf,
  defaultGreeting,
  greetingAfterRename,
  greetingOf,
  spokenSalutation,
  writtenSalutation,
} from '../../../src/model/greeting.js';

describe('the greeting name', () => {
  it.each([
    ['Priya Raghunathan', 'Priya'],
    ['María José Fernández', 'María José'],
    ['Fatima Zahra Benali', 'Fatima Zahra'],
    ['Joost van der Berg', 'Joost'],
    ['Marisol de la Cruz', 'Marisol'],
    ['Sunarti', 'Sunarti'],
    ['Dr. Amara Okonkwo', 'Dr. Okonkwo'],
    ['dr Amara Okonkwo', 'Dr. Okonkwo'],
    ['Prof. Joost van der Berg', 'Prof. van der Berg'],
    ['Mrs. Patricia Whitlock', 'Mrs. Whitlock'],
    ['Nguyễn Thị Lan', 'Lan'],
    ['王伟', '王伟'],
    ['김민준', '김민준'],
    ['  Kevin   Thibodeaux ', 'Kevin'],
    // A title goes with the surname, whatever the title.
    ['Principal Dana Whitfield', 'Principal Whitfield'],
    ['Rev. Grace Adeyemi', 'Rev. Adeyemi'],
    ['Rabbi Miriam Cohen', 'Rabbi Cohen'],
    // "Dean" is also a given name: left alone.
    ['Dean Thomas', 'Dean'],
    // Irish surnames that begin with Ní, Nic, Ó, Ua.
    ['Siobhán Ní Bhriain', 'Siobhán'],
    ['Pádraig Ó Súilleabháin', 'Pádraig'],
    ['Dr. Siobhán Ní Bhriain', 'Dr. Ní Bhriain'],
    // A title typed with its capital is kept as typed: the British form without a stop, the American with one.
    ['Mrs Philippa Carrington-Smythe', 'Mrs Carrington-Smythe'],
    ['Dr Sam Hughes', 'Dr Hughes'],
    ['Mr Dev Patel', 'Mr Patel'],
    ['Ms. Alex Kim', 'Ms. Kim'],
    ['MRS Ann Lee', 'Mrs. Lee'],
    ['Doctor Sam Hughes', 'Doctor Hughes'],
    // Civic, academic, military and religious titles.
    ["Councillor Ruth O'Donoghue", "Councillor O'Donoghue"],
    ['Cllr Ruth Donoghue', 'Cllr Donoghue'],
    ['Mayor Ana Ruiz', 'Mayor Ruiz'],
    ['Senator Tom Baker', 'Senator Baker'],
    ['Professor Li Wei Chen', 'Professor Chen'],
    ['Provost Ana Ruiz', 'Provost Ruiz'],
    ['Captain Lena Holt', 'Captain Holt'],
    ['Maj. Ian Ross', 'Maj. Ross'],
    ['Colonel Ama Owusu', 'Colonel Owusu'],
    ['Lt Sam Cole', 'Lt Cole'],
    ['Sgt. Dan Byrne', 'Sgt. Byrne'],
    ['Father Brian Kelly', 'Father Kelly'],
    ['Revd Jane Hollis', 'Revd Hollis'],
    ['Imam Yusuf Ali', 'Imam Ali'],
    ['Bishop Ruth Mensah', 'Bishop Mensah'],
    // Titles that go with the given name.
    ['Sir Keir Starmer', 'Sir Keir'],
    ['Dame Judi Dench', 'Dame Judi'],
    ['Sister Mary Clare', 'Sister Mary'],
  ])('%s -> %s', (name, greeting) => {
    expect(defaultGreeting(name)).toBe(greeting);
  });

  it('with titles, uses the title the name carries, else the whole name (Ms. or Mr. is the candidate to choose)', () => {
    expect(defaultGreeting('Dr. Amara Okonkwo', 'titles')).toBe('Dr. Okonkwo');
    expect(defaultGreeting('Rajesh Iyer', 'titles')).toBe('Rajesh Iyer');
    expect(defaultGreeting('王伟', 'titles')).toBe('王伟');
  });

  it('prefers the greeting the candidate gave', () => {
    expect(greetingOf({ name: 'Rajesh Iyer', greeting: ' Mr. Iyer ' }, 'titles')).toBe('Mr. Iyer');
    expect(greetingOf({ name: 'Rajesh Iyer', greeting: '' })).toBe('Rajesh');
  });

  it('with titles and no title known, the whole name: the form of address is "whole"', () => {
    expect(addressOf({ name: 'Gail Porter' }, 'titles')).toEqual({ name: 'Gail Porter', form: 'whole' });
    expect(addressOf({ name: 'Gail Porter' })).toEqual({ name: 'Gail', form: 'given' });
    expect(addressOf({ name: 'Principal Dana Whitfield' }, 'titles')).toEqual({ name: 'Principal Whitfield', form: 'titled' });
    // A single name has nothing to be whole about.
    expect(addressOf({ name: 'Sunarti' }, 'titles')).toEqual({ name: 'Sunarti', form: 'given' });
    expect(addressOf({ name: '王伟' }, 'titles')).toEqual({ name: '王伟', form: 'given' });
  });

  it('reads the form of the greeting the candidate chose', () => {
    expect(addressOf({ name: 'Gail Porter', greeting: 'Ms. Porter' }, 'titles')).toEqual({ name: 'Ms. Porter', form: 'titled' });
    expect(addressOf({ name: 'Gail Porter', greeting: 'Gail' }, 'titles')).toEqual({ name: 'Gail', form: 'given' });
    expect(addressOf({ name: 'Gail Porter', greeting: 'Gail  Porter' })).toEqual({ name: 'Gail Porter', form: 'whole' });
  });
});

describe('the salutation of a written note', () => {
  it.each([
    ['Principal Dana Whitfield', 'first-names', 'warm', 'Dear Principal Whitfield'],
    ['Principal Dana Whitfield', 'first-names', 'brief', 'Dear Principal Whitfield'],
    ['Dana Whitfield', 'first-names', 'warm', 'Dear Dana'],
    ['Dana Whitfield', 'first-names', 'brief', 'Hi Dana'],
    // No title known: the whole name, which is a letter's form ("Hi Gail Porter" reads like a mail merge).
    ['Gail Porter', 'titles', 'formal', 'Dear Gail Porter'],
    ['Gail Porter', 'titles', 'brief', 'Dear Gail Porter'],
    ['Dr. Oluwaseun Adébáyọ̀', 'titles', 'brief', 'Dear Dr. Adébáyọ̀'],
  ] as const)('%s (%s, %s) -> %s', (name, formality, tone, expected) => {
    expect(writtenSalutation(addressOf({ name }, formality), tone)).toBe(expected);
  });
});

describe('how a call opens', () => {
  it.each([
    ['Tom Kessler', 'first-names', 'warm', 'Hello Tom'],
    ['Tom Kessler', 'first-names', 'brief', 'Hi Tom'],
    ['Mr. Tom Kessler', 'titles', 'formal', 'Hello, Mr. Kessler'],
    ['Dr. Oluwaseun Adébáyọ̀', 'first-names', 'warm', 'Hello, Dr. Adébáyọ̀'],
    // Nobody says "Hello Tom Kessler" aloud, and Mr. is a guess the candidate has not made.
    ['Tom Kessler', 'titles', 'formal', 'Hello'],
    ['Tom Kessler', 'titles', 'brief', 'Hi'],
  ] as const)('%s (%s, %s) -> %s', (name, formality, tone, expected) => {
    expect(spokenSalutation(addressOf({ name }, formality), tone)).toBe(expected);
  });
});

describe('a typed greeting after the name is corrected', () => {
  it.each([
    ['Ms McAlister', 'Fiona McAlister', 'Fiona McAllister', 'Ms McAllister'],
    ['Dr. Begun', 'Rukhsana Begun', 'Rukhsana Begum', 'Dr. Begum'],
    // Names of different lengths are matched at their first and last words.
    ['Ms Wojcik', 'Anna Wojcik', 'Anna Maria Wójcik', 'Ms Wójcik'],
    ['Fi', 'Fiona McAlister', 'Fiona McAllister', 'Fi'],
    ['Sir Tom', 'Tom Hale', 'Tom Hale', 'Sir Tom'],
    ['', 'Fiona McAlister', 'Fiona McAllister', ''],
  ])('%j, when %s becomes %s, is %j', (greeting, before, after, expected) => {
    expect(greetingAfterRename(greeting, before, after)).toBe(expected);
  });
});
