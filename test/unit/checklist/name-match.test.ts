// A name as greetings and signatures write it, against the person's name as saved (issue #13):
// titles of every trade and faith, honorifics of other languages, familiar forms, initials,
// name order, particles, hyphens, accents and Unicode forms are the same person; a colleague's
// name or a slip of this one's is not.
import { describe, expect, it } from 'vitest';
import { readName } from '../../../src/checklist/name-match.js';
import { isNicknameOf } from '../../../src/checklist/nicknames.js';
import { isTitleWord, withoutJoinedHonorific } from '../../../src/checklist/titles.js';

const kind2 = (written: string, name: string, chosen: string) => readName(written, name, { chosen }).kind;
const kind = (written: string, name: string, colleagues: readonly string[] = [], others: readonly string[] = []) =>
  readName(written, name, { colleagues, others }).kind;

describe('readName: the same person, however the greeting writes them', () => {
  it.each([
    // Titles of the trade, the faith, the forces and of office, spelled out or short.
    ['Chef Marchetti', 'Luca Marchetti'],
    ['Captain Reyes', 'Ana Reyes'],
    ['Skipper Hale', 'Tom Hale'],
    ['Pastor Mike', 'Michael Adeyemi'],
    ['Father Tom', 'Thomas Reilly'],
    ['Reverend Okafor', 'Grace Okafor'],
    ['Rabbi Stern', 'David Stern'],
    ['Imam Hassan', 'Yusuf Hassan'],
    ['Sheikh Ahmed', 'Ahmed Al Mansouri'],
    ['Sgt. Alvarez', 'Rosa Alvarez'],
    ['Sergeant Alvarez', 'Rosa Alvarez'],
    ['Inspector Dubois', 'Claire Dubois'],
    ['Officer Nguyen', 'Linh Nguyen'],
    ['Coach T', 'Marcus Thompson'],
    ['Prof. Lindqvist', 'Eva Lindqvist'],
    ['Maestro Ferrante', 'Paolo Ferrante'],
    ['Judge Whitfield', 'Harriet Whitfield'],
    ['Sister Mary Agnes', 'Mary Agnes Clarke'],
    ['Brother Joseph', 'Joseph Mensah'],
    ['Commander Shaw', 'Eliza Shaw'],
    ['Director Park', 'Ji-woo Park'],
    ['Dean Holloway', 'Martin Holloway'],
    ['Principal Osei', 'Abena Osei'],
    ['Nurse Kim', 'Soo-ah Kim'],
    ['Doctor Okonkwo', 'Amara Okonkwo'],
    // Titles of a trade the list lacks, beside one it has.
    ['Executive Chef Rossi', 'Giulia Rossi'],
    ['Nurse Practitioner Adeyemi', 'Funmi Adeyemi'],
    // Honorifics of other languages, before or after the name, alone or joined.
    ['Herr Müller', 'Jonas Müller'],
    ['Frau Schmidt', 'Anke Schmidt'],
    ['Señor García', 'Luis García'],
    ['Sra. López', 'Marta López'],
    ['Mme Dubois', 'Claire Dubois'],
    ['Tanaka-san', 'Hiroshi Tanaka'],
    ['Tanaka San', 'Hiroshi Tanaka'],
    ['Sharma ji', 'Anil Sharma'],
    ['Sharmaji', 'Anil Sharma'],
    ['Priya Ma’am', 'Priya Raghunathan'],
    ['田中さん', '田中'],
    ['王老师', '王伟'],
    // Familiar forms: from a table, or a piece of the name.
    ['Bill', 'William Ortiz'],
    ['Bob', 'Robert Smith'],
    ['Peggy', 'Margaret Hughes'],
    ['Kate', 'Katherine Moore'],
    ['Sasha', 'Aleksandr Petrov'],
    ['Pepe', 'José Martínez'],
    ['Paco', 'Francisco Ruiz'],
    ['Seun', 'Oluwaseun Adeyemi'],
    ['Liz', 'Elizabeth Warren-Hale'],
    // Initials, alone or after a given name.
    ['J.R.', 'John Ronald Tolkien'],
    ['JR', 'Jennifer Ruiz'],
    ['Priya R.', 'Priya Raghunathan'],
    // Family name first, either order.
    ['Wang Wei', 'Wei Wang'],
    ['Mr. Wang', 'Wang Wei'],
    // Double and hyphenated surnames, either half.
    ['Ms. Warren-Hale', 'Elizabeth Warren-Hale'],
    ['Sr. García Márquez', 'Gabriel García Márquez'],
    ['Sra. Márquez', 'Gabriel García Márquez'],
    // Particles kept, dropped, capitalised or joined.
    ['Mr. van der Berg', 'Joost van der Berg'],
    ['Mr. Berg', 'Joost van der Berg'],
    ['Mr. Van Der Berg', 'Joost van der Berg'],
    ['Mr. Vanderberg', 'Joost van der Berg'],
    ['Ms. de la Cruz', 'Marisol de la Cruz'],
    ['Dr. Al Mansouri', 'Ahmed Al-Mansouri'],
    ['Dr. Mansouri', 'Ahmed Al-Mansouri'],
    ['Ms. D’Souza', "Ana D'Souza"],
    // Apostrophes and hyphens typed or not.
    ['Ms. OBrien', "Siobhán O'Brien"],
    ['Ms Dubois Lefèvre', 'Marguerite Dubois-Lefèvre'],
    // Post-nominals after the name, and either Unicode form.
    ['Priya Raghunathan Jr.', 'Priya Raghunathan'],
    ['Adébáyọ̀'.normalize('NFD'), 'Adébáyọ̀ Okafor'.normalize('NFC')],
    ['Zoë'.normalize('NFC'), 'Zoë Fischer'.normalize('NFD')],
  ])('%j is %s', (written, name) => expect(kind(written, name)).toBe('match'));

  it.each([['Hiring Manager'], ['Hiring Team'], ['Search Committee'], ['Chef'], ['Captain'], ['Sir']])(
    '%j names a role, not a person',
    (written) => expect(kind(written, 'Priya Raghunathan')).toBe('role'),
  );
});

describe('readName: someone else, or a slip of this name', () => {
  it('names a colleague from this interview, and is either person where the word is also a short form of the recipient', () => {
    expect(readName('Sam', 'Priya Raghunathan', { colleagues: ['Sam Ortiz'] })).toEqual({ kind: 'other', other: 'Sam Ortiz' });
    expect(kind('Sam', 'Samantha Reyes', ['Sam Ortiz'])).toBe('shared');
    expect(kind('Mr. Ortiz', 'Priya Raghunathan', ['Sam Ortiz'])).toBe('other');
    // A colleague's given name before the recipient's surname is still the colleague.
    expect(kind('Sam Raghunathan', 'Priya Raghunathan', ['Sam Ortiz'])).toBe('other');
  });

  it('names someone from another saved interview, unless the word is also a form of the recipient or a title', () => {
    expect(kind('Hank', 'Priya Raghunathan', [], ['Hank Scorpio'])).toBe('other');
    expect(kind('Sam', 'Samuel Okoro', [], ['Sam Chen'])).toBe('match');
    expect(kind('Dean', 'Priya Raghunathan', [], ['Dean Holt'])).toBe('role');
    expect(kind('Dean', 'Priya Raghunathan', ['Dean Holt'])).toBe('other');
  });

  it.each([
    ['Pryia', 'Priya Raghunathan', 'Priya'],
    ['Prya', 'Priya Raghunathan', 'Priya'],
    ['Ms. Raghunatan', 'Priya Raghunathan', 'Raghunathan'],
    ['Catherine', 'Katherine Moore', 'Katherine'],
    ['Mr. van den Berg', 'Joost van der Berg', 'van der Berg'],
    ['Dr. el-Farsi', 'Dr. Ayesha al-Farsi', 'al-Farsi'],
  ])('%j is a slip of %s', (written, name, right) => {
    expect(readName(written, name)).toMatchObject({ kind: 'misspelt', right });
  });

  it('trusts the greeting the candidate chose, but not a slip of the name saved in it', () => {
    // Chosen and kept: a nickname, or title and surname as the name is spelled.
    expect(kind2('Bob', 'Robert Okafor', 'Bob')).toBe('match');
    expect(kind2('Ms McAllister', 'Fiona McAllister', 'Ms McAllister')).toBe('match');
    // Saved before the name was corrected (the name was "Fiona McAlister"): the slip is reported.
    expect(readName('Ms McAlister', 'Fiona McAllister', { chosen: 'Ms McAlister' })).toMatchObject({
      kind: 'misspelt',
      right: 'McAllister',
    });
    expect(kind2('Fiona McAlister', 'Fiona McAllister', 'Ms McAlister')).toBe('misspelt');
    expect(kind2('Ms Begun', 'Rukhsana Begum', 'Ms Begun')).toBe('misspelt');
  });

  it('calls one half of a hyphenated name a half', () => {
    expect(readName('Ms Dubois', 'Marguerite Dubois-Lefèvre')).toEqual({
      kind: 'half',
      written: 'Dubois',
      right: 'Dubois-Lefèvre',
    });
    expect(readName('Ms. Hale', 'Elizabeth Warren-Hale')).toEqual({ kind: 'half', written: 'Hale', right: 'Warren-Hale' });
  });

  it('calls a dropped accent an accent, not a slip', () => {
    expect(readName('Jose', 'José Álvarez')).toEqual({ kind: 'accent', written: 'Jose', right: 'José' });
    expect(readName('Sr. Alvarez', 'José Álvarez')).toEqual({ kind: 'accent', written: 'Alvarez', right: 'Álvarez' });
  });

  it.each([
    ['Dana', 'Priya Raghunathan'],
    ['John Raghunathan', 'Priya Raghunathan'],
    ['Priya Smith', 'Priya Raghunathan'],
    ['Ian', 'Marianne Holt'],
    ['K.', 'Priya Raghunathan'],
    ['Helen', 'Ellen Baker'],
    // A particle is no title: the surname beside it is read against theirs.
    ['Dr. van der Velde', 'Dr. Henrike van der Veen'],
    ['Sra. de la Fuente', 'Marisol de la Cruz'],
  ])('%j is nobody we know as %s', (written, name) => expect(kind(written, name)).toBe('unknown'));

  it.each([
    ['Dr. van der Veen', 'Dr. Henrike van der Veen'],
    ['Executive Chef Lee', 'Daniel Lee'],
  ])('%j is still %s', (written, name) => expect(kind(written, name)).toBe('match'));
});

describe('the word lists behind it', () => {
  it.each([
    ['Bill', 'William', true],
    ['William', 'Bill', true],
    ['Paco', 'Francisco', true],
    ['Kasia', 'Katarzyna', true],
    // Two spellings of a full name are a misspelling, and two familiar forms are not one name.
    ['Catherine', 'Katherine', false],
    ['Sara', 'Sarah', false],
    ['Sasha', 'Shura', false],
    ['Bill', 'Robert', false],
  ])('%s is a familiar form of %s: %s', (a, b, expected) => expect(isNicknameOf(a, b)).toBe(expected));

  it.each([
    ['Sgt.', true],
    ['Rabbi', true],
    ['Señora', true],
    ['Sheikh', true],
    ['Priya', false],
    ['Tan', false],
    ['Don', false],
  ])('%s is a title: %s', (word, expected) => expect(isTitleWord(word)).toBe(expected));

  it.each([
    ['Tanaka-san', 'Tanaka'],
    ['田中さん', '田中'],
    ['Sharmaji', 'Sharma'],
    ['Priya', 'Priya'],
    ['Fuji', 'Fuji'],
  ])('%s without its joined honorific is %s', (word, name) => expect(withoutJoinedHonorific(word)).toBe(name));
});
