import { describe, expect, it } from 'vitest';
import { baseName, countWords, foldName, joinList, longDate, slowNumber, slugOf } from '../../../src/compose/words.js';

describe('words', () => {
  it('joins lists the way a sentence reads', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Kafka'])).toBe('Kafka');
    expect(joinList(['Kafka', 'on-call'])).toBe('Kafka and on-call');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });

  it('writes dates as a letter does', () => {
    expect(longDate('2026-11-24')).toBe('24 November 2026');
    expect(longDate('2027-01-04')).toBe('4 January 2027');
  });

  it('groups a phone number for reading aloud', () => {
    expect(slowNumber('+1 555 0100')).toBe('+1, 555, 0100');
    expect(slowNumber('(415) 555-0188')).toBe('415, 555, 0188');
    expect(slowNumber('+44 20 7946 0321')).toBe('+44, 20, 7946, 0321');
    expect(slowNumber('ask reception')).toBe('ask reception');
  });

  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Dear Priya,\n\nThank you - really.')).toBe(5);
    expect(countWords('  ')).toBe(0);
    expect(countWords('王伟 and Nguyễn Thị Lan')).toBe(5);
  });

  it('folds names for matching and slugs them for file names', () => {
    expect(foldName('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(foldName('Nguyễn Thị Lan')).toBe('nguyen thi lan');
    expect(foldName('Đặng Văn Lâm')).toBe('dang van lam');
    expect(slugOf('Nguyễn Thị Lan')).toBe('nguyen-thi-lan');
    expect(slugOf('王伟')).toBe('王伟');
    expect(slugOf("Dana O'Brien-Kim")).toBe('dana-o-brien-kim');
  });

  it('takes the file name from POSIX and Windows paths', () => {
    expect(baseName('/home/jordan/Documents/Jordan-Lee-Resume.pdf')).toBe('Jordan-Lee-Resume.pdf');
    expect(baseName('C:\\Users\\sam\\Resume - Sam Rivera.pdf')).toBe('Resume - Sam Rivera.pdf');
    expect(baseName('resume.pdf')).toBe('resume.pdf');
  });
});
