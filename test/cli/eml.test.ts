// regen --eml: the drafts as real readers see them. Python's standard email package parses every
// draft (headers decoded, body equal to the note, attachment bytes equal to the files), munpack
// extracts the resume byte for byte, and mu view shows the same headers, body and attachments.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { python, pythonJson, realTool } from '../helpers/real-tools.js';

const READ_EML = join(import.meta.dirname, '../helpers/read-eml.py');
const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
// After the decision date (Fri 4 Dec), so the follow-up is due.
const AFTER = { FOLLOWUP_COACH_NOW: '2026-12-08' };

interface Part {
  contentType: string;
  charset: string | null;
  transferEncoding: string | null;
  disposition: string | null;
  filename: string | null;
  text?: string;
  base64?: string;
  inner?: { subject: string; to: string; xUnsent: string; body: string };
}
interface Parsed {
  headerNames: string[];
  headers: Record<string, string>;
  toAddress: string[];
  toName: string[];
  contentType: string;
  defects: string[];
  crlfOnly: boolean;
  parts: Part[];
}

const py = python();
const munpack = realTool('munpack', ['-q', '/dev/null'], 'mpack');
const mu = realTool('mu', ['--version'], 'maildir-utils');

function setUp(role = 'Senior Backend Engineer') {
  const home = newHome();
  const resume = join(home, 'Résumé Jordan Lee.pdf');
  const cover = join(home, 'cover-letter.docx');
  writeFileSync(
    resume,
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x0a]),
  );
  writeFileSync(cover, Buffer.from('PK\u0003\u0004 not really a docx, only bytes\n', 'latin1'));
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  file.role = role;
  file.candidate = { ...file.candidate, resume, coverLetter: cover };
  const path = join(home, 'acme.json');
  writeFileSync(path, JSON.stringify(file));
  return { home, resume, cover, path };
}

describe('regen --eml', () => {
  let home = '';
  let resume = '';
  let cover = '';
  let drafts = '';
  const notes: { kind: string; to: string; subject: string; body: string }[] = [];

  beforeAll(async () => {
    ({ home, resume, cover } = setUp());
    expect((await runCli(['import', join(home, 'acme.json')], { home })).code).toBe(0);
    drafts = join(home, 'drafts', 'acme');
    const thanks = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', drafts], { home });
    expect(thanks).toMatchObject({ code: 0 });
    // Sam reached the candidate by phone: his thank-you is a call script, not a mail.
    expect(thanks.stdout).toContain(
      '  Sam Ortiz reached you by phone: their note is a call script, so no draft (regen --print shows it)\n',
    );
    const followUp = await runCli(['regen', ID, '--kind', 'follow-up', '--eml', drafts], { home, env: AFTER });
    expect(followUp).toMatchObject({ code: 0 });
    expect(followUp.stdout).toContain(
      `  ${join(drafts, 'follow-up-priya-raghunathan.eml')}\n    attaches Résumé Jordan Lee.pdf, thank-you-priya-raghunathan.eml\n`,
    );
    expect(followUp.stdout).toContain(
      // One draft: the command names its person, ready to run (a trial was handed "--to NAME").
      `The draft is not recorded as sent; once it has gone: followup-coach sent ${ID} --kind follow-up --to "Priya Raghunathan"\n`,
    );
    for (const [kind, env] of [
      ['thank-you', {}],
      ['follow-up', AFTER],
    ] as const) {
      notes.push(...JSON.parse((await runCli(['regen', ID, '--kind', kind, '--json'], { home, env })).stdout));
    }
  });

  it('writes one draft per note, readable only by you, in a folder only you can enter', () => {
    expect(readdirSync(drafts).sort()).toEqual(['follow-up-priya-raghunathan.eml', 'thank-you-priya-raghunathan.eml']);
    expect(statSync(drafts).mode & 0o777).toBe(0o700);
    expect(statSync(join(drafts, 'thank-you-priya-raghunathan.eml')).mode & 0o777).toBe(0o600);
  });

  it.skipIf(!py.available)('parses in Python as an unsent draft with the note, the resume and the cover letter', () => {
    const parsed = pythonJson<Parsed>(READ_EML, [join(drafts, 'thank-you-priya-raghunathan.eml')]);
    const note = notes.find((n) => n.kind === 'thank-you' && n.to === 'Priya Raghunathan')!;
    expect(parsed.defects).toEqual([]);
    expect(parsed.crlfOnly).toBe(true);
    expect(parsed.headerNames).not.toContain('Date');
    expect(parsed.headerNames).not.toContain('Message-ID');
    expect(parsed.headers).toMatchObject({
      'X-Unsent': '1',
      'MIME-Version': '1.0',
      From: 'Jordan Lee <jordan@example.com>',
      To: 'Priya Raghunathan <priya@acme.example>',
      Subject: note.subject,
    });
    expect({ name: parsed.toName, address: parsed.toAddress }).toEqual({
      name: ['Priya Raghunathan'],
      address: ['priya@acme.example'],
    });
    expect(parsed.contentType).toBe('multipart/mixed');
    const [body, resumePart, coverPart, ...rest] = parsed.parts;
    expect(rest).toEqual([]);
    expect(body).toMatchObject({ contentType: 'text/plain', charset: 'utf-8', transferEncoding: 'quoted-printable' });
    expect(body!.text!.replace(/\r\n/g, '\n')).toBe(`${note.body.replace(/\n$/, '')}\n`);
    expect(resumePart).toMatchObject({
      contentType: 'application/pdf',
      transferEncoding: 'base64',
      disposition: 'attachment',
      filename: 'Résumé Jordan Lee.pdf',
    });
    expect(Buffer.from(resumePart!.base64!, 'base64').equals(readFileSync(resume))).toBe(true);
    expect(coverPart).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      transferEncoding: 'base64',
      filename: 'cover-letter.docx',
    });
    expect(Buffer.from(coverPart!.base64!, 'base64').equals(readFileSync(cover))).toBe(true);
  });

  it.skipIf(!py.available)('re-attaches the resume to the follow-up, and the thank-you draft as message/rfc822', () => {
    const parsed = pythonJson<Parsed>(READ_EML, [join(drafts, 'follow-up-priya-raghunathan.eml')]);
    const note = notes.find((n) => n.kind === 'follow-up')!;
    const thanks = notes.find((n) => n.kind === 'thank-you' && n.to === 'Priya Raghunathan')!;
    expect(parsed.headers.Subject).toBe(note.subject);
    const [body, resumePart, earlier, ...rest] = parsed.parts;
    expect(rest).toEqual([]);
    expect(body!.text!.replace(/\r\n/g, '\n')).toBe(`${note.body.replace(/\n$/, '')}\n`);
    expect(Buffer.from(resumePart!.base64!, 'base64').equals(readFileSync(resume))).toBe(true);
    expect(earlier).toMatchObject({
      contentType: 'message/rfc822',
      disposition: 'attachment',
      filename: 'thank-you-priya-raghunathan.eml',
    });
    expect(earlier!.inner).toMatchObject({ subject: thanks.subject, to: 'Priya Raghunathan <priya@acme.example>', xUnsent: '1' });
    expect(earlier!.inner!.body.replace(/\r\n/g, '\n')).toBe(`${thanks.body.replace(/\n$/, '')}\n`);
  });

  it.skipIf(!py.available)('leaves out To when there is no address, and says so', async () => {
    const { home: own, path } = setUp();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    delete file.interviewers[0].email;
    writeFileSync(path, JSON.stringify(file));
    expect((await runCli(['import', path], { home: own })).code).toBe(0);
    const dir = join(own, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--eml', dir], { home: own });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '    no e-mail address for Priya Raghunathan: the draft has no To; add it in your mail program\n',
    );
    const parsed = pythonJson<Parsed>(READ_EML, [join(dir, 'thank-you-priya-raghunathan.eml')]);
    expect(parsed.headerNames).not.toContain('To');
  });

  it.skipIf(!munpack.available)('munpack extracts the resume byte for byte', () => {
    const out = join(home, 'munpack');
    mkdirSync(out);
    execFileSync('munpack', ['-q', '-C', out, join(drafts, 'follow-up-priya-raghunathan.eml')]);
    // munpack names the file after the raw Content-Type name (it does not decode RFC 2047), so find it by its bytes.
    const extracted = readdirSync(out).filter((name) => !name.endsWith('.desc'));
    expect(extracted.map((name) => readFileSync(join(out, name)).equals(readFileSync(resume)))).toContain(true);
  });

  it.skipIf(!mu.available)('mu view shows the same headers, body and attachment name', () => {
    const shown = execFileSync('mu', ['view', join(drafts, 'thank-you-priya-raghunathan.eml')], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    const note = notes.find((n) => n.kind === 'thank-you' && n.to === 'Priya Raghunathan')!;
    expect(shown).toContain('From: Jordan Lee <jordan@example.com>\n');
    expect(shown).toContain('To: Priya Raghunathan <priya@acme.example>\n');
    expect(shown).toContain(`Subject: ${note.subject}\n`);
    expect(shown).toContain('Attachments: Résumé Jordan Lee.pdf, cover-letter.docx\n');
    expect(shown.replace(/\r\n/g, '\n')).toContain(note.body.trim());
  });
});

describe('regen --eml problems', () => {
  it('a missing resume is an error before anything is written', async () => {
    const { home, path } = setUp();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.candidate.resume = join(home, 'gone.pdf');
    writeFileSync(path, JSON.stringify(file));
    expect((await runCli(['import', path], { home })).code).toBe(0);
    const dir = join(home, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', dir], { home });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain(
      `followup-coach: cannot read the attached file at ${join(home, 'gone.pdf')} (no such file); no draft was written.\n`,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it.skipIf(!py.available)('a subject that is not ASCII is RFC 2047 encoded and decodes back', async () => {
    const { home, path } = setUp('Ingénieure backend');
    expect((await runCli(['import', path], { home })).code).toBe(0);
    const dir = join(home, 'drafts');
    const id = 'acme-robotics-ingenieure-backend';
    expect((await runCli(['regen', id, '--kind', 'thank-you', '--to', 'Priya', '--eml', dir], { home })).code).toBe(0);
    const [note] = JSON.parse((await runCli(['regen', id, '--kind', 'thank-you', '--to', 'Priya', '--json'], { home })).stdout);
    expect(note.subject).toContain('Ingénieure');
    const raw = readFileSync(join(dir, 'thank-you-priya-raghunathan.eml'), 'latin1');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(raw).toMatch(/^[\x00-\x7f]*$/);
    expect(pythonJson<Parsed>(READ_EML, [join(dir, 'thank-you-priya-raghunathan.eml')]).headers.Subject).toBe(note.subject);
  });

  it('a voicemail script has no draft, and --open needs --eml', async () => {
    const { home, path } = setUp();
    expect((await runCli(['import', path], { home })).code).toBe(0);
    const voicemail = await runCli(['regen', ID, '--kind', 'voicemail', '--eml', join(home, 'd')], { home, env: AFTER });
    expect(voicemail).toMatchObject({ code: 2, stdout: '' });
    expect(voicemail.stderr).toContain('a call script is for a call, not a mail: there is no draft to write.');
    const open = await runCli(['regen', ID, '--open'], { home });
    expect(open).toMatchObject({ code: 2 });
    expect(open.stderr).toBe(
      'followup-coach: --open hands a written draft to your mail program, so it needs --eml DIR.\n' +
        `Try: followup-coach regen ${ID} --eml drafts --open\n`,
    );
  });
});

describe('the golden draft', () => {
  it.skipIf(!py.available)('reads in Python with the accented names decoded', () => {
    const parsed = pythonJson<Parsed>(READ_EML, [join(import.meta.dirname, '../golden/deliver/follow-up-jose-alvarez.eml')]);
    expect(parsed.defects).toEqual([]);
    expect(parsed.toName).toEqual(['José Álvarez']);
    expect(parsed.headers.Subject).toBe('Re: Thank you: Diseñador de producto interview');
    expect(parsed.parts.map((part) => [part.contentType, part.filename])).toEqual([
      ['text/plain', null],
      ['application/pdf', 'Résumé Jordan Lee.pdf'],
      ['message/rfc822', 'thank-you-jose-alvarez.eml'],
    ]);
  });
});
