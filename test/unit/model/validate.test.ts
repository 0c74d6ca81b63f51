import { describe, expect, it } from 'vitest';
import { fieldMessages as m } from '../../../src/model/messages.js';
import {
  EMAIL_SHAPES,
  optional,
  sanitizeText,
  validateCompany,
  validateDetail,
  validateEmail,
  validatePersonName,
  validatePhone,
  validateRole,
  validateTimeframeText,
  validateTitle,
  validateTopic,
} from '../../../src/model/validate.js';

describe('sanitizeText', () => {
  it.each([
    ['plain text stays', 'Priya Raghunathan', 'Priya Raghunathan'],
    ['CSI colour sequences go whole', '\u001b[31mred\u001b[0m text', 'red text'],
    ['cursor movement goes', 'a\u001b[2Jb\u001b[10;5Hc', 'abc'],
    ['OSC 52 clipboard write with BEL goes', 'x\u001b]52;c;aGVsbG8=\u0007y', 'xy'],
    ['OSC title with ST goes', '\u001b]0;pwned\u001b\\ok', 'ok'],
    ['a lone ESC goes', 'a\u001bb', 'a'],
    ['C1 CSI goes', 'a\u009b31mb', 'ab'],
    ['C0 controls go, tab and newline stay', 'a\u0000b\u0007c\td\ne\u007f', 'abc\td\ne'],
    ['CR LF becomes LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['backspace cannot hide text', 'good\b\b\b\bevil', 'goodevil'],
    ['names in any script survive', 'José Zoë 王伟 Nguyễn Thị Lan Siobhán 🙂', 'José Zoë 王伟 Nguyễn Thị Lan Siobhán 🙂'],
  ])('%s', (_label, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });
});

describe('validatePersonName', () => {
  it.each(['Priya Raghunathan', 'José Álvarez', 'Zoë', '王伟', 'Nguyễn Thị Lan', "Siobhán O'Neill", '  Sam Ortiz  '])(
    'accepts %s',
    (name) => expect(validatePersonName(name)).toBeUndefined(),
  );
  it('asks for a name when empty or blank', () => {
    expect(validatePersonName('')).toBe(m.personNameEmpty);
    expect(validatePersonName('   \t')).toBe(m.personNameEmpty);
  });
  it('refuses control characters', () => expect(validatePersonName('Sam\u001b[2J')).toBe(m.controls));
  it('needs a letter', () => expect(validatePersonName('12345')).toBe(m.personNameLetters));
  it('refuses a novel', () => expect(validatePersonName('A'.repeat(101))).toBe(m.personNameLong));
  it('says what to type', () => expect(m.personNameEmpty).toContain('"Priya Raghunathan"'));
});

describe('validateEmail', () => {
  it.each(['priya@acme.example', 'dana.kim@acme.example', 'jordan+jobs@example.co.uk', 'josé@correo.es', ' a_b@x-y.io '])(
    'accepts %s',
    (email) => expect(validateEmail(email)).toBeUndefined(),
  );
  it.each([
    'priya',
    'priya@',
    '@acme.example',
    'priya@acme',
    'priya@@acme.example',
    'pri ya@acme.example',
    'priya@acme..example',
    'priya.@acme.example',
    'priya@-acme.example',
    'priya@acme.c',
  ])('rejects %s', (email) => {
    expect(validateEmail(email)).toBe(m.emailShape);
  });
  it('asks for an address when empty', () => expect(validateEmail(' ')).toBe(m.emailEmpty));

  it('judges ASCII addresses with its ASCII pattern exactly as the Unicode one would', () => {
    // Strings built from the characters that matter to the shape, seeded so a failure repeats.
    const pool = 'aZqZ09.-_+@!x';
    let seed = 20261201;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    let accepted = 0;
    for (let n = 0; n < 5000; n += 1) {
      const piece = (most: number) => Array.from({ length: 1 + (next() % most) }, () => pool[next() % pool.length]).join('');
      // An address-like frame (local@label.tld) of random pieces, so both answers come up often.
      const text = `${piece(6)}@${piece(5)}.${piece(3)}`;
      const unicode = EMAIL_SHAPES.unicode.test(text);
      expect(EMAIL_SHAPES.ascii.test(text), text).toBe(unicode);
      if (unicode) accepted += 1;
    }
    // Both answers occur, so the comparison is not between two patterns that refuse everything.
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('validatePhone', () => {
  it.each(['+1 555 0100', '+1 (555) 010-0100', '030.1234.5678', '5550100', '+44 20 7946 0958'])('accepts %s', (phone) =>
    expect(validatePhone(phone)).toBeUndefined(),
  );
  it('needs at least 7 digits', () => expect(validatePhone('555 01')).toBe(m.phoneShort));
  it('refuses letters', () => expect(validatePhone('call me')).toBe(m.phoneChars));
  it('refuses more than 15 digits', () => expect(validatePhone('1234567890123456')).toBe(m.phoneLong));
  it('asks for a number when empty', () => expect(validatePhone('')).toBe(m.phoneEmpty));
});

describe('company, role, title, topic', () => {
  it('accept ordinary text', () => {
    expect(validateCompany('Acme Robotics')).toBeUndefined();
    expect(validateCompany('株式会社ソニー')).toBeUndefined();
    expect(validateRole('Senior Backend Engineer')).toBeUndefined();
    expect(validateTitle('Engineering Manager')).toBeUndefined();
    expect(validateTopic("the robot fleet's OTA update pipeline")).toBeUndefined();
  });
  it('each asks for its own thing when empty', () => {
    expect(validateCompany('')).toBe(m.companyEmpty);
    expect(validateRole(' ')).toBe(m.roleEmpty);
    expect(validateTitle('')).toBe(m.titleEmpty);
    expect(validateTopic('')).toBe(m.topicEmpty);
  });
  it('refuse symbols only, controls and overlong text', () => {
    expect(validateCompany('---')).toBe(m.needsLetters);
    expect(validateRole('Engineer\u0007')).toBe(m.controls);
    expect(validateRole('x'.repeat(121))).toBe(m.tooLong(120));
    expect(validateTopic('x'.repeat(201))).toBe(m.topicLong);
    expect(validateTopic('x'.repeat(200))).toBeUndefined();
  });
});

describe('validateTimeframeText and validateDetail', () => {
  it('allow empty (no timeframe, no detail)', () => {
    expect(validateTimeframeText('')).toBeUndefined();
    expect(validateDetail('  ')).toBeUndefined();
  });
  it('accept words, refuse controls and length', () => {
    expect(validateTimeframeText('by the end of next week')).toBeUndefined();
    expect(validateTimeframeText('soon\u001b]0;x\u0007')).toBe(m.controls);
    expect(validateTimeframeText('x'.repeat(121))).toBe(m.timeframeLong);
    expect(validateDetail('we both ran the Chicago marathon')).toBeUndefined();
    expect(validateDetail('y'.repeat(201))).toBe(m.tooLong(200));
  });
});

describe('optional', () => {
  it('lets empty through and checks the rest', () => {
    const email = optional(validateEmail);
    expect(email('')).toBeUndefined();
    expect(email('nope')).toBe(m.emailShape);
    expect(email('a@b.io')).toBeUndefined();
  });
});
