// Runs the built CLI in a real pseudo-terminal: a private tmux server per terminal, so tests
// see exactly what a person would see (Ink's frames, raw-mode keys, the exit line) and never
// share state. Keys are sent the way a person types them; screens are read with capture-pane
// and polled until they show what the test waits for.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CODE_CACHE } from './run-cli.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'followup-coach.js');
let counter = 0;

export interface TerminalOptions {
  /** Arguments after `followup-coach`. */
  readonly args?: readonly string[];
  /** FOLLOWUP_COACH_HOME: where the store lives. */
  readonly home: string;
  /** FOLLOWUP_COACH_NOW: the pinned clock (default 2026-11-25). */
  readonly now?: string;
  /** DISPLAY for the clipboard; without it clipboardy fails and the CLI falls back. */
  readonly display?: string;
  readonly term?: string;
  readonly columns?: number;
  readonly rows?: number;
  /** Extra variables; `undefined` removes one. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Keep every byte the pane receives from the start (see `output`). */
  readonly record?: boolean;
  /** Sends the CLI's stdout to this file (`followup-coach > FILE`); stdin and stderr stay the terminal. */
  readonly stdoutFile?: string;
  /** Lines the terminal shows before the CLI starts, as a person's earlier commands would be. */
  readonly before?: readonly string[];
}

export type ScreenTest = string | RegExp | ((screen: string) => boolean);

/** The line mode's latest prompt on screen is "? label" (inquirer marks answered ones with ✔). */
export const prompting =
  (label: string) =>
  (screen: string): boolean =>
    screen
      .split('\n')
      .map((line) => line.trimStart())
      .filter((line) => /^[?✔] /.test(line))
      .at(-1)
      ?.startsWith(`? ${label}`) ?? false;

export interface Terminal {
  /** Types text literally (no key names), as a person would. */
  sendText(text: string): Promise<void>;
  /** Sends tmux key names: 'Enter', 'Escape', 'Up', 'Down', 'Tab', 'BSpace', 'C-c', ... */
  sendKeys(...keys: string[]): Promise<void>;
  /** Types text, then presses Enter as a separate key (Ink reads "Bob\r" as text, not Enter). */
  submit(text: string): Promise<void>;
  /**
   * Pastes `text` as a terminal does: tmux load-buffer + paste-buffer, which delivers it in one
   * read (line breaks as CR), inside ESC[200~ ... ESC[201~ when the program asked for that
   * (unless `bracketed` is false: a terminal without bracketed paste).
   */
  paste(text: string, options?: { readonly bracketed?: boolean }): Promise<void>;
  /** Every byte the pane received so far (only with `record`): what the program wrote, plus the terminal's echo. */
  output(): string;
  /** The visible screen, one string, trailing blanks trimmed; lines the terminal wrapped are joined. */
  screen(): Promise<string>;
  /** The whole scrollback plus the visible screen. */
  history(): Promise<string>;
  /** Polls the screen until `test` matches; throws with the last screen on timeout. */
  waitForScreen(test: ScreenTest, timeoutMs?: number): Promise<string>;
  /** Waits for the CLI to exit and returns its exit code. */
  waitForExit(timeoutMs?: number): Promise<number>;
  /** Sends `signal` to the CLI itself (the pane's shell's child), e.g. SIGKILL to test a crash. */
  killCli(signal: NodeJS.Signals): Promise<void>;
  /** Resizes the terminal, as dragging the window's corner does (the CLI gets SIGWINCH). */
  resize(columns: number, rows: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sends `send` until the screen shows `seen`: a screen takes keys once its handler is subscribed,
 * a moment after it is drawn, and a key sent before that does nothing. Up to ten tries, each
 * waiting 1.5 s for the screen, then one last full wait.
 */
export async function untilSeen(t: Terminal, send: () => Promise<void>, seen: ScreenTest): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await send();
    try {
      await t.waitForScreen(seen, 1500);
      return;
    } catch {
      // Not taken yet: send it again.
    }
  }
  await t.waitForScreen(seen);
}

export async function startTerminal(options: TerminalOptions): Promise<Terminal> {
  const socket = `fc-${process.pid}-${Date.now().toString(36)}-${counter++}`;
  const configDir = mkdtempSync(join(tmpdir(), 'fc-tmux-'));
  const config = join(configDir, 'tmux.conf');
  // remain-on-exit keeps the pane after the CLI ends so its exit status and last screen can be read;
  // it must be in the config file, which loads before the command can possibly finish.
  writeFileSync(
    config,
    ['set -g remain-on-exit on', 'set -g status off', 'set -g history-limit 5000', 'set -g set-clipboard off', ''].join('\n'),
  );
  const env = terminalEnv(options);
  const tmux = (...args: string[]) => run('tmux', ['-u', '-L', socket, ...args], { env, timeout: 10_000 });
  // tmux sets TERM in the pane from its own default; the CLI must see the one asked for.
  const redirect = options.stdoutFile === undefined ? '' : ` > ${shellQuote(options.stdoutFile)}`;
  const cli = `${['env', `TERM=${env.TERM}`, process.execPath, BIN, ...(options.args ?? [])].map(shellQuote).join(' ')}${redirect}`;
  // tmux's #{pane_dead_status} is sometimes empty when the pane's output closes before the
  // child is reaped, so the shell records the exit code in a file instead.
  const statusFile = join(configDir, 'status');
  // Recording starts with pipe-pane once the pane exists; the shell waits on a FIFO until then,
  // so not one byte the CLI writes is missed.
  const gate = join(configDir, 'gate');
  const outputFile = join(configDir, 'output');
  if (options.record) await run('mkfifo', [gate]);
  const before = options.before?.length ? `printf '%s\\n' ${options.before.map(shellQuote).join(' ')}; ` : '';
  const command = `${options.record ? `read _ < ${shellQuote(gate)}; ` : ''}${before}${cli}; echo $? > ${shellQuote(statusFile)}`;

  await run(
    'tmux',
    [
      '-u',
      '-L',
      socket,
      '-f',
      config,
      'new-session',
      '-d',
      '-s',
      'main',
      '-c',
      ROOT,
      '-x',
      String(options.columns ?? 80),
      '-y',
      String(options.rows ?? 30),
      command,
    ],
    { env, timeout: 10_000 },
  );

  if (options.record) {
    await tmux('pipe-pane', '-t', 'main', '-o', `cat >> ${shellQuote(outputFile)}`);
    await writeFile(gate, '\n');
  }

  const rows = options.rows ?? 30;
  const capture = async (...extra: string[]) => {
    const { stdout } = await tmux('capture-pane', '-p', '-J', '-t', 'main', ...extra);
    return stdout.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  };
  // When the CLI exits, tmux writes "Pane is dead" and scrolls the screen up a line, so the
  // last screen is rebuilt from the scrollback without that line.
  const screen = async () => {
    if (exitStatus() === null) return capture();
    const lines = (await capture('-S', '-')).split('\n').filter((line) => !line.startsWith('Pane is dead'));
    return lines.slice(-rows).join('\n').replace(/\n+$/, '');
  };
  const exitStatus = (): number | null => {
    const text = existsSync(statusFile) ? readFileSync(statusFile, 'utf8').trim() : '';
    return /^\d+$/.test(text) ? Number(text) : null;
  };

  const terminal: Terminal = {
    sendText: async (text) => void (await tmux('send-keys', '-t', 'main', '-l', text)),
    sendKeys: async (...keys) => void (await tmux('send-keys', '-t', 'main', ...keys)),
    submit: async (text) => {
      if (text !== '') await terminal.sendText(text);
      await terminal.sendKeys('Enter');
    },
    paste: async (text, { bracketed = true } = {}) => {
      const buffer = join(configDir, `paste-${counter++}`);
      writeFileSync(buffer, text);
      await tmux('load-buffer', '-b', 'test', buffer);
      await tmux('paste-buffer', ...(bracketed ? ['-p'] : []), '-d', '-b', 'test', '-t', 'main');
    },
    output: () => (existsSync(outputFile) ? readFileSync(outputFile, 'latin1') : ''),
    screen,
    history: async () => (await capture('-S', '-')).replace(/\n*Pane is dead.*$/, ''),
    waitForScreen: async (test, timeoutMs = 30_000) => {
      const matches = toPredicate(test);
      const deadline = Date.now() + timeoutMs;
      let last = '';
      for (;;) {
        last = await screen();
        if (matches(last)) return last;
        if (Date.now() > deadline) {
          throw new Error(`Timed out after ${timeoutMs} ms waiting for ${describe(test)}.\nScreen:\n${last}`);
        }
        await pause(40);
      }
    },
    waitForExit: async (timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status = exitStatus();
        if (status !== null) return status;
        if (Date.now() > deadline) {
          throw new Error(`The CLI did not exit within ${timeoutMs} ms.\nScreen:\n${await screen()}`);
        }
        await pause(40);
      }
    },
    killCli: async (signal) => {
      const { stdout: shell } = await tmux('display-message', '-p', '-t', 'main', '#{pane_pid}');
      const { stdout: children } = await run('ps', ['-o', 'pid=', '--ppid', shell.trim()]);
      for (const pid of children
        .split('\n')
        .map((line) => Number(line.trim()))
        .filter((pid) => pid > 0))
        process.kill(pid, signal);
    },
    resize: async (columns, rows) => void (await tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows))),
    close: async () => {
      await tmux('kill-server').catch(() => undefined);
      // kill-server leaves its socket file behind; each test made its own, so remove it.
      rmSync(join(env.TMUX_TMPDIR || tmpdir(), `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
      rmSync(configDir, { recursive: true, force: true });
    },
  };
  return terminal;
}

function terminalEnv(options: TerminalOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // CI=true makes Ink print nothing until exit, and the CLI treats CI as "no terminal".
  for (const name of [
    'CI',
    'GITHUB_ACTIONS',
    'NODE_EXTRA_CA_CERTS',
    'TMUX',
    'TMUX_PANE',
    'NO_COLOR',
    'FORCE_COLOR',
    'DISPLAY',
    'WAYLAND_DISPLAY',
  ]) {
    delete env[name];
  }
  env.TERM = options.term ?? 'xterm-256color';
  env.FOLLOWUP_COACH_HOME = options.home;
  env.FOLLOWUP_COACH_CACHE = CODE_CACHE;
  env.FOLLOWUP_COACH_COUNTRY = 'none';
  env.FOLLOWUP_COACH_NOW = options.now ?? '2026-11-25';
  env.LANG = env.LANG ?? 'C.UTF-8';
  if (options.display) env.DISPLAY = options.display;
  // Editors must never open inside a test by accident.
  env.EDITOR = env.VISUAL = 'false';
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

function toPredicate(test: ScreenTest): (screen: string) => boolean {
  if (typeof test === 'string') return (screen) => screen.includes(test);
  if (test instanceof RegExp) return (screen) => test.test(screen);
  return test;
}

function describe(test: ScreenTest): string {
  if (typeof test === 'string') return JSON.stringify(test);
  if (test instanceof RegExp) return String(test);
  return 'the screen predicate';
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
