import { describe, expect, it } from 'vitest';
import {
  attachmentWord,
  baseName,
  companyAtStart,
  companyInSentence,
  countWords,
  foldName,
  joinList,
  joinPhrases,
  longDate,
  slowNumber,
  slugOf,
  spokenName,
  spokenPhone,
} from '../../../src/compose/words.js';

describe('words', () => {
  it('joins lists the way a sentence reads', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Kafka'])).toBe('Kafka');
    expect(joinList(['Kafka', 'on-call'])).toBe('Kafka and on-call');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });

  it('joins topics that hold an "and" of their own without a chain of "and"s', () => {
    expect(joinPhrases(['the on-call rota and the company van', 'the CSCS card and Safe Pass renewal'])).toBe(
      'the on-call rota and the company van, and the CSCS card and Safe Pass renewal',
    );
    expect(
      joinPhrases(['call-out times across West Cork', 'LOLER thorough examinations and the six-month cycle', 'the van']),
    ).toBe('call-out times across West Cork, LOLER thorough examinations and the six-month cycle, and the van');
    expect(joinPhrases(['sales & marketing', 'hiring'])).toBe('sales & marketing, and hiring');
    // An ampersand inside a word (R&D) is no "and" of the list's.
    expect(joinPhrases(['the R&D budget', 'hiring'])).toBe('the R&D budget and hiring');
    // No "and" inside: the plain list; "Anderson" or "brand" hold no "and" word.
    expect(joinPhrases(['Kafka', 'on-call', 'the brand refresh with Anderson'])).toBe(
      'Kafka, on-call and the brand refresh with Anderson',
    );
    expect(joinPhrases(['stock rotation and shrink'])).toBe('stock rotation and shrink');
  });

  it('keeps a topic that holds commas whole, with semicolons between the items', () => {
    expect(joinList(['pricing, packaging and launch', 'the sales team'])).toBe(
      'pricing, packaging and launch; and the sales team',
    );
    expect(joinList(['hiring', 'pricing, packaging and launch', 'the budget'])).toBe(
      'hiring; pricing, packaging and launch; and the budget',
    );
    // The commas win over "as well as": "A, B and C, as well as D" would still read as four items.
    expect(joinPhrases(['pricing, packaging and launch', 'the sales team'])).toBe(
      'pricing, packaging and launch; and the sales team',
    );
    expect(joinList(['Ngozi Adeyemi-Clarke, RN', 'Tom Kessler'])).toBe('Ngozi Adeyemi-Clarke, RN; and Tom Kessler');
  });

  // A trial's thank-you read "relocating from Dublin to Cork for the Kinsale hotel; and the
  // four-on, three-off shift pattern": with two items, a comma in the last one cannot be taken for
  // the end of an item, so "and" alone joins them.
  it('joins two items with "and" alone when only the last holds a comma', () => {
    expect(joinList(['relocating from Dublin to Cork', 'the four-on, three-off shift pattern'])).toBe(
      'relocating from Dublin to Cork and the four-on, three-off shift pattern',
    );
    expect(joinPhrases(['relocating from Dublin to Cork', 'the four-on, three-off shift pattern'])).toBe(
      'relocating from Dublin to Cork and the four-on, three-off shift pattern',
    );
    expect(joinPhrases(['the rota and the van', 'the four-on, three-off pattern'])).toBe(
      'the rota and the van, and the four-on, three-off pattern',
    );
    expect(joinList(['hiring', 'the budget', 'the four-on, three-off pattern'])).toBe(
      'hiring; the budget; and the four-on, three-off pattern',
    );
  });

  it('gives an organisation its "the" where English does, and a company none', () => {
    for (const [name, inSentence] of [
      ['Caledonian Isles Carillon Trust', 'the Caledonian Isles Carillon Trust'],
      ['Hollowbrook Museum of Natural History', 'the Hollowbrook Museum of Natural History'],
      ['University of Edinburgh', 'the University of Edinburgh'],
      ['Company of Biologists', 'the Company of Biologists'],
      ['Royal Society', 'the Royal Society'],
      ['Leeds Teaching Hospitals NHS Trust', 'the Leeds Teaching Hospitals NHS Trust'],
      ['National Park Service', 'the National Park Service'],
      ['Halle Orchestra', 'the Halle Orchestra'],
      // Already has its "the": never a second one, and as typed (a title's "The" is capital).
      ['The Lighthouse Trust', 'The Lighthouse Trust'],
      ['the Lighthouse Trust', 'the Lighthouse Trust'],
      // Company names, as typed.
      ['Acme', 'Acme'],
      ['Stripe', 'Stripe'],
      ['Acme Robotics', 'Acme Robotics'],
      ['Northline Outfitters', 'Northline Outfitters'],
      ['Stanford University', 'Stanford University'],
      ['Bank of America', 'Bank of America'],
      ['Riverside Academy', 'Riverside Academy'],
      ['Royal Mail', 'Royal Mail'],
      ['Royal Caribbean Group', 'Royal Caribbean Group'],
      ['Trust', 'Trust'],
    ] as const)
      expect({ name, inSentence: companyInSentence(name) }).toEqual({ name, inSentence });
    expect(companyAtStart('Caledonian Isles Carillon Trust')).toBe('The Caledonian Isles Carillon Trust');
    expect(companyAtStart('The Lighthouse Trust')).toBe('The Lighthouse Trust');
    expect(companyAtStart('the Lighthouse Trust')).toBe('The Lighthouse Trust');
    expect(companyAtStart('Acme')).toBe('Acme');
  });

  it('writes dates as a letter does', () => {
    expect(longDate('2026-11-24')).toBe('24 November 2026');
    expect(longDate('2027-01-04')).toBe('4 January 2027');
  });

  it('groups a phone number for reading aloud, a space between groups and no run of commas', () => {
    expect(slowNumber('+1 555 0100')).toBe('+1 555 0100');
    expect(slowNumber('(415) 555-0188')).toBe('415 555 0188');
    expect(slowNumber('+44 20 7946 0321')).toBe('+44 20 7946 0321');
    expect(slowNumber('+1 6175550143')).toBe('+1 617 555 0143');
    expect(slowNumber('07700900123')).toBe('077 0090 0123');
    expect(slowNumber('07700 900123')).toBe('07700 900123');
    expect(slowNumber('ask reception')).toBe('ask reception');
  });

  it('says the number as a caller in the same country dials it, and whole to one abroad', () => {
    // Ngozi and Bongani are both on +1: no country code, the groups as she typed them.
    expect(spokenPhone('+1 617 555 0143', '+1 617 555 0190')).toBe('617 555 0143');
    // A British mobile to a British reader, or to one whose number was written as dialled at home: with its 0.
    expect(spokenPhone('+44 7700 900123', '+44 1632 960001')).toBe('07700 900123');
    expect(spokenPhone('+44 7700 900123', '01632 960001')).toBe('07700 900123');
    expect(spokenPhone('+44 (0)20 7946 0321', '+44 20 7946 0000')).toBe('020 7946 0321');
    // Abroad, or from a country whose home dialling the coach does not know: the whole number.
    expect(spokenPhone('+44 7700 900123', '+1 617 555 0190')).toBe('+44 7700 900123');
    expect(spokenPhone('+39 06 6982 0000', '+39 06 1234 5678')).toBe('+39 06 6982 0000');
    // Written without a country code: as written.
    expect(spokenPhone('(415) 555-0188', '+1 415 555 0100')).toBe('415 555 0188');
  });

  it('says a name without the letters after it', () => {
    expect(spokenName('Ngozi Adeyemi-Clarke, RN, BSN')).toBe('Ngozi Adeyemi-Clarke');
    expect(spokenName('Ana Ruiz MRTPI')).toBe('Ana Ruiz');
    expect(spokenName('José Álvarez, Ph.D.')).toBe('José Álvarez');
    expect(spokenName('Oliver Whitfield-Hayes')).toBe('Oliver Whitfield-Hayes');
    expect(spokenName('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(spokenName('RJ')).toBe('RJ');
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

describe('attachmentWord', () => {
  it.each([
    ['Ayesha-Rahman-Portfolio.pdf', 'en-US', 'portfolio'],
    ['/home/a/Ayesha-Rahman-Portfolio.pdf', 'en-GB', 'portfolio'],
    ['work-samples.zip', 'en-US', 'work samples'],
    ['WorkSamples.zip', 'en-IE', 'work samples'],
    ['writing_samples.pdf', 'en-CA', 'work samples'],
    ['CV.pdf', 'en-US', 'CV'],
    ['JordanLeeCV.pdf', 'en-US', 'CV'],
    ['cv-2026.docx', 'en-CA', 'CV'],
    ['C:\\Users\\t\\Curriculum Vitae.pdf', 'en-US', 'CV'],
    ['Jordan-Lee-Resume.pdf', 'en-GB', 'resume'],
    ['résumé.pdf', 'en-IE', 'resume'],
    ['ResumeFinal.pdf', 'en-GB', 'resume'],
    ['Jordan-Lee.pdf', 'en-US', 'resume'],
    ['Jordan-Lee.pdf', 'en-CA', 'resume'],
    ['Jordan-Lee.pdf', 'en-GB', 'CV'],
    ['Jordan-Lee.pdf', 'en-IE', 'CV'],
    ['Jordan-Lee.pdf', 'en-NZ', 'CV'],
    [null, 'en-IE', 'CV'],
    [null, 'en-US', 'resume'],
    // A word inside another ("curve", "precv") is not the word.
    ['curves.pdf', 'en-US', 'resume'],
  ] as const)('%s under %s is %s', (file, locale, word) => {
    expect(attachmentWord(file, locale)).toBe(word);
  });
});
