// Writes the bad-input corpus: test/fixtures/bad-input/*.json (committed) and manifest.json,
// which says for each file the field its message must name. Every file must be refused by
// `import` (exit 2), nothing saved, and nothing raw reach the terminal
// (test/cli/bad-input.test.ts). Run: node scripts/bad-input-corpus.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'bad-input');

const base = () => ({
  version: 1,
  id: 'acme-robotics-senior-backend-engineer',
  candidate: {
    name: 'Jordan Lee',
    email: 'jordan@example.com',
    phone: '+1 555 0100',
    signature: 'Jordan Lee\nBackend Engineer',
    resume: 'resume.pdf',
    link: 'https://jordan.example',
  },
  company: 'Acme Robotics',
  role: 'Senior Backend Engineer',
  interviewDate: '2026-11-24',
  format: 'onsite',
  timeframe: 'by the end of next week',
  status: 'waiting',
  recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example', phone: '+1 555 0102' },
  interviewers: [
    {
      name: 'Priya Raghunathan',
      title: 'Engineering Manager',
      email: 'priya@acme.example',
      phone: '+1 555 0103',
      medium: 'email',
      topics: ['moving telemetry ingestion to Kafka'],
      detail: 'runs marathons',
    },
  ],
  sent: [
    {
      kind: 'thank-you',
      to: 'Priya Raghunathan',
      at: '2026-11-24T17:05:00.000Z',
      method: 'clipboard',
      subject: 'Thank you',
      body: 'Dear Priya,\nThank you.',
    },
  ],
  edits: [
    {
      kind: 'thank-you',
      to: 'Priya Raghunathan',
      subject: 'Thank you',
      body: 'Dear Priya,\n\tThank you.',
      at: '2026-11-24T17:00:00.000Z',
    },
  ],
});

// Every text field of the format, as [path, where the bad text goes (appended to the value)].
const FIELDS = [
  ['id', ['id']],
  ['candidate.name', ['candidate', 'name']],
  ['candidate.email', ['candidate', 'email']],
  ['candidate.phone', ['candidate', 'phone']],
  ['candidate.signature', ['candidate', 'signature']],
  ['candidate.resume', ['candidate', 'resume']],
  ['candidate.link', ['candidate', 'link']],
  ['company', ['company']],
  ['role', ['role']],
  ['interviewDate', ['interviewDate']],
  ['timeframe', ['timeframe']],
  ['recruiter.name', ['recruiter', 'name']],
  ['recruiter.email', ['recruiter', 'email']],
  ['recruiter.phone', ['recruiter', 'phone']],
  ['interviewers[0].name', ['interviewers', 0, 'name']],
  ['interviewers[0].title', ['interviewers', 0, 'title']],
  ['interviewers[0].email', ['interviewers', 0, 'email']],
  ['interviewers[0].phone', ['interviewers', 0, 'phone']],
  ['interviewers[0].topics[0]', ['interviewers', 0, 'topics', 0]],
  ['interviewers[0].detail', ['interviewers', 0, 'detail']],
  ['sent[0].to', ['sent', 0, 'to']],
  ['sent[0].at', ['sent', 0, 'at']],
  ['sent[0].method', ['sent', 0, 'method']],
  ['sent[0].subject', ['sent', 0, 'subject']],
  ['sent[0].body', ['sent', 0, 'body']],
  ['edits[0].to', ['edits', 0, 'to']],
  ['edits[0].subject', ['edits', 0, 'subject']],
  ['edits[0].body', ['edits', 0, 'body']],
  ['edits[0].at', ['edits', 0, 'at']],
];
const MULTI_LINE = new Set(['candidate.signature', 'sent[0].body', 'edits[0].body']);

// Every kind of character that could drive a terminal or reorder a line.
const ESCAPES = [
  ['csi', '\u001b[31m'],
  ['osc52', '\u001b]52;c;Y3VybCBodHRwOi8vZXZpbCB8IHNo\u0007'],
  ['osc-title', '\u001b]0;pwned\u001b\\'],
  ['c1-csi', '\u009b2J'],
  ['c1-osc', '\u009d0;x\u009c'],
  ['del', '\u007f'],
  ['nul', '\u0000'],
  ['bel', '\u0007'],
  ['backspace', '\b\b\b'],
  ['cr', '\roverwritten'],
  ['rlo', '\u202e'],
  ['isolate', '\u2066x\u2069'],
  ['lre', '\u202a'],
  ['pdi', '\u2069'],
];
const LINE_BREAKS = [
  ['newline', '\nsecond line'],
  ['tab', '\tindented'],
];

const files = [];
const add = (name, text, field, note) => files.push({ name: `${name}.json`, text, field, note });

function setAt(object, path, change) {
  const parent = path.slice(0, -1).reduce((at, key) => at[key], object);
  parent[path.at(-1)] = change(parent[path.at(-1)]);
}

for (const [field, path] of FIELDS) {
  const kinds = MULTI_LINE.has(field) ? ESCAPES : [...ESCAPES, ...LINE_BREAKS];
  for (const [kind, bad] of kinds) {
    const value = base();
    setAt(value, path, (old) => `${old}${bad}`);
    add(
      `${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}--${kind}`,
      `${JSON.stringify(value, null, 2)}\n`,
      field,
      `${kind} in ${field}`,
    );
  }
}

// Keys given twice, at every level.
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const good = json(base());
add(
  'duplicate-company',
  good.replace('"company": "Acme Robotics",', '"company": "Acme Robotics",\n  "company": "Evil Corp",'),
  'company',
  'duplicate key',
);
add('duplicate-version', good.replace('"version": 1,', '"version": 1,\n  "version": 1,'), 'version', 'duplicate key');
add(
  'duplicate-candidate-email',
  good.replace('"email": "jordan@example.com",', '"email": "jordan@example.com", "email": "x@example.com",'),
  'candidate.email',
  'duplicate key',
);
add(
  'duplicate-interviewer-name',
  good.replace('"name": "Priya Raghunathan",', '"name": "Priya Raghunathan", "name": "Someone Else",'),
  'interviewers[0].name',
  'duplicate key',
);
add(
  'duplicate-escaped-key',
  good.replace('"role": "Senior Backend Engineer",', '"role": "Senior Backend Engineer",\n  "r\\u006fle": "Intern",'),
  'role',
  'duplicate key spelled with an escape',
);

// Dates outside 1970 to 2100.
for (const [name, date] of [
  ['1969', '1969-12-31'],
  ['2101', '2101-01-01'],
  ['9999', '9999-12-31'],
  ['0000', '0000-01-01'],
  ['1900', '1900-06-01'],
]) {
  add(
    `date-${name}`,
    good.replace('"interviewDate": "2026-11-24"', `"interviewDate": "${date}"`),
    'interviewDate',
    `date ${date}`,
  );
}
add(
  'sent-at-9999',
  good.replace('"at": "2026-11-24T17:05:00.000Z"', '"at": "9999-12-31T23:59:00.000Z"'),
  'sent[0].at',
  'instant in 9999',
);
add(
  'edits-at-1960',
  good.replace('"at": "2026-11-24T17:00:00.000Z"', '"at": "1960-01-01T00:00:00.000Z"'),
  'edits[0].at',
  'instant in 1960',
);

// Nesting deeper than the format has.
add(
  'deep-topics',
  good.replace('"topics": [\n        "moving telemetry ingestion to Kafka"\n      ]', '"topics": [[["too deep"]]]'),
  'interviewers[0].topics[0]',
  'nested lists',
);
add(
  'deep-100k',
  `{"version": 1, "company": ${'['.repeat(100000)}${']'.repeat(100000)}}\n`,
  'company[0][0][0]',
  '100 000 nested lists',
);
add('deep-objects', `{"version": 1, "candidate": {"name": {"a": {"b": {"c": 1}}}}}\n`, 'candidate.name.a.b', 'nested objects');

// Unknown keys, syntax errors and other shapes with escapes in them (the key's path and the
// parser's snippet are printed).
add(
  'unknown-key-osc52',
  good.replace('"version": 1,', '"version": 1,\n  "\\u001b]52;c;Y3VybA==\\u0007": 1,'),
  '\\u001b]52;c;Y3VybA==\\u0007',
  'unknown key with OSC 52',
);
add(
  'unknown-key-bidi',
  good.replace('"version": 1,', '"version": 1,\n  "comp\\u202eany": 1,'),
  'comp\\u202eany',
  'unknown key with RLO',
);
add('syntax-raw-esc', `{"version": 1, \u001b[2J\u001b]52;c;Y3VybA==\u0007}\n`, '(the file)', 'raw escape outside a string');
add('syntax-raw-c1', `{"version": 1, "company": "Acme" \u009b2J}\n`, '(the file)', 'raw C1 outside a string');
add('raw-control-in-string', `{"version": 1, "company": "Acme\u001b[31m"}\n`, '(the file)', 'raw control inside a JSON string');
add(
  'wrong-type-with-escape',
  good.replace('"format": "onsite"', '"format": "\\u001b[5monsite"'),
  'format',
  'a choice with an escape',
);
add('status-with-bidi', good.replace('"status": "waiting"', '"status": "wait\\u202eing"'), 'status', 'a choice with RLO');

const bytes = [];
// Invalid UTF-8: each file's bytes are written as given.
for (const [name, raw] of [
  ['lone-ff', [0xff]],
  ['overlong-slash', [0xc0, 0xaf]],
  ['truncated', [0xe2, 0x82]],
  ['surrogate', [0xed, 0xa0, 0x80]],
  ['continuation', [0x80]],
  ['five-byte', [0xf8, 0x88, 0x80, 0x80, 0x80]],
]) {
  const [before, after] = good.split('Acme Robotics');
  bytes.push({
    name: `utf8-${name}.json`,
    bytes: Buffer.concat([Buffer.from(before), Buffer.from(raw), Buffer.from(`Acme Robotics${after}`)]),
    field: null,
    note: 'invalid UTF-8',
  });
}
// Over the size limit (1 MiB): spaces compress to almost nothing in git.
bytes.push({
  name: 'too-big.json',
  bytes: Buffer.from(good.replace('{', `{${' '.repeat(1024 * 1024)}`)),
  field: null,
  note: 'over 1 MiB',
});

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const file of files) writeFileSync(join(dir, file.name), file.text);
for (const file of bytes) writeFileSync(join(dir, file.name), file.bytes);
const manifest = [...files, ...bytes].map(({ name, field, note }) => ({ file: name, field, note }));
writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`${readdirSync(dir).length - 1} files in ${dir}`);
