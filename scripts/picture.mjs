// `npm run docs:picture`: the picture of a session in the README (docs/session.svg), taken from a
// real run: the built CLI in a private tmux server, driven by keys to a saved interview's review,
// captured with `tmux capture-pane -e` (the screen as ANSI text), then drawn cell by cell as SVG
// text with the colours the terminal showed. Needs tmux and a build (npm run build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLUMNS = 96;
const ROWS = 30;
const OUT = join(root, 'docs', 'session.svg');

// The xterm palette tmux reports colours in, and the page's default colours.
const PALETTE = [
  '#1e1e1e',
  '#cd3131',
  '#0dbc79',
  '#e5e510',
  '#2472c8',
  '#bc3fbc',
  '#11a8cd',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
const FG = '#d4d4d4';
const BG = '#1e1e1e';

function color256(n) {
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const level = 8 + (n - 232) * 10;
    return `rgb(${level},${level},${level})`;
  }
  const i = n - 16;
  const step = (v) => (v === 0 ? 0 : 55 + v * 40);
  return `rgb(${step(Math.floor(i / 36))},${step(Math.floor(i / 6) % 6)},${step(i % 6)})`;
}

/** Applies one SGR sequence's parameters to the current style. */
function applySgr(style, params) {
  const p = params.length === 0 ? [0] : params;
  for (let i = 0; i < p.length; i += 1) {
    const n = p[i];
    if (n === 0)
      Object.assign(style, { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false });
    else if (n === 1) style.bold = true;
    else if (n === 2) style.dim = true;
    else if (n === 3) style.italic = true;
    else if (n === 4) style.underline = true;
    else if (n === 7) style.inverse = true;
    else if (n === 22) style.bold = style.dim = false;
    else if (n === 23) style.italic = false;
    else if (n === 24) style.underline = false;
    else if (n === 27) style.inverse = false;
    else if (n >= 30 && n <= 37) style.fg = PALETTE[n - 30];
    else if (n >= 90 && n <= 97) style.fg = PALETTE[n - 90 + 8];
    else if (n >= 40 && n <= 47) style.bg = PALETTE[n - 40];
    else if (n >= 100 && n <= 107) style.bg = PALETTE[n - 100 + 8];
    else if (n === 39) style.fg = null;
    else if (n === 49) style.bg = null;
    else if ((n === 38 || n === 48) && p[i + 1] === 5) {
      style[n === 38 ? 'fg' : 'bg'] = color256(p[i + 2] ?? 0);
      i += 2;
    } else if ((n === 38 || n === 48) && p[i + 1] === 2) {
      style[n === 38 ? 'fg' : 'bg'] = `rgb(${p[i + 2] ?? 0},${p[i + 3] ?? 0},${p[i + 4] ?? 0})`;
      i += 4;
    }
  }
}

/** The captured screen as rows of cells: a character and the style it was drawn in. */
export function cellsOf(ansi) {
  const style = { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false };
  return ansi.split('\n').map((line) => {
    const cells = [];
    for (const part of line.split(/(\u001b\[[0-9;:]*m)/)) {
      const sgr = /^\u001b\[([0-9;:]*)m$/.exec(part);
      if (sgr) applySgr(style, sgr[1] === '' ? [] : sgr[1].split(/[;:]/).map(Number));
      else for (const char of part.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')) cells.push({ char, ...style });
    }
    return cells;
  });
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** SVG of the cells: a background rectangle per coloured run, a text element per styled run. */
export function svgOf(rows, columns) {
  const cw = 8.4;
  const lh = 18;
  const pad = 14;
  const width = Math.ceil(columns * cw + pad * 2);
  const height = Math.ceil(rows.length * lh + pad * 2);
  const parts = [];
  rows.forEach((cells, y) => {
    let x = 0;
    while (x < cells.length) {
      const first = cells[x];
      const key = (c) => `${c.fg}|${c.bg}|${c.bold}|${c.dim}|${c.italic}|${c.underline}|${c.inverse}`;
      let end = x + 1;
      while (end < cells.length && key(cells[end]) === key(first)) end += 1;
      const text = cells
        .slice(x, end)
        .map((c) => c.char)
        .join('');
      const fg = first.inverse ? (first.bg ?? BG) : (first.fg ?? FG);
      const bg = first.inverse ? (first.fg ?? FG) : first.bg;
      const left = pad + x * cw;
      const top = pad + y * lh;
      if (bg)
        parts.push(
          `<rect x="${left.toFixed(1)}" y="${top}" width="${((end - x) * cw).toFixed(1)}" height="${lh}" fill="${bg}"/>`,
        );
      if (text.trim() !== '') {
        const attributes = [
          `x="${left.toFixed(1)}"`,
          `y="${top + 13}"`,
          `fill="${fg}"`,
          `textLength="${((end - x) * cw).toFixed(1)}"`,
          first.bold ? 'font-weight="bold"' : '',
          first.dim ? 'opacity="0.6"' : '',
          first.italic ? 'font-style="italic"' : '',
          first.underline ? 'text-decoration="underline"' : '',
        ].filter(Boolean);
        parts.push(`<text ${attributes.join(' ')}>${escapeXml(text)}</text>`);
      }
      x = end;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="A followup-coach session: the review of a note with its checklist">`,
    `<rect width="100%" height="100%" rx="8" fill="${BG}"/>`,
    `<g font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace" font-size="14" xml:space="preserve">`,
    ...parts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function capture() {
  const bin = join(root, 'bin', 'followup-coach.js');
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('Build first: npm run build');
  const work = mkdtempSync(join(tmpdir(), 'fc-picture-'));
  const socket = `fc-picture-${process.pid}`;
  const env = {
    ...process.env,
    FOLLOWUP_COACH_HOME: join(work, 'home'),
    FOLLOWUP_COACH_NOW: '2026-11-24T16:00:00',
    FOLLOWUP_COACH_COUNTRY: 'none',
    FOLLOWUP_COACH_NO_CODE_CACHE: '1',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
  for (const name of ['CI', 'TMUX', 'NO_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY']) delete env[name];
  const tmux = (...args) => execFileSync('tmux', ['-u', '-L', socket, ...args], { env, encoding: 'utf8' });
  const waitFor = (text, present = true) => {
    for (let tries = 0; tries < 400; tries += 1) {
      const screen = tmux('capture-pane', '-p', '-t', 'main');
      if (screen.includes(text) === present) return;
      execFileSync('sleep', ['0.05']);
    }
    throw new Error(`the screen never ${present ? 'showed' : 'lost'} "${text}":\n${tmux('capture-pane', '-p', '-t', 'main')}`);
  };
  try {
    execFileSync(process.execPath, [bin, 'import', join(root, 'test', 'fixtures', 'interviews', 'acme.json')], {
      env: { ...env, CI: 'true' },
    });
    const config = join(work, 'tmux.conf');
    writeFileSync(config, 'set -g status off\nset -g default-terminal "xterm-256color"\n');
    tmux(
      '-f',
      config,
      'new-session',
      '-d',
      '-s',
      'main',
      '-x',
      String(COLUMNS),
      '-y',
      String(ROWS),
      `${process.execPath} ${bin}`,
    );
    waitFor('What would you like to do?');
    tmux('send-keys', '-t', 'main', 'Down');
    waitFor('❯ Notes for Acme Robotics');
    tmux('send-keys', '-t', 'main', 'Enter');
    waitFor('Note 1 of ');
    // The checklist line and the schedule fill in once the note has been checked.
    waitFor('The checklist found');
    waitFor('not before');
    waitFor('checking spelling', false);
    return tmux('capture-pane', '-p', '-e', '-t', 'main');
  } finally {
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
    // kill-server leaves its socket file behind.
    rmSync(join(env.TMUX_TMPDIR || tmpdir(), `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ansi = capture().replace(/\n+$/, '');
  writeFileSync(OUT, svgOf(cellsOf(ansi), COLUMNS));
  process.stdout.write(`Wrote ${OUT}\n`);
}
