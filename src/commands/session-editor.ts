// The user's editor on a note. The Ink app has already released the terminal (raw mode off, no
// input listeners); here stdin stops reading too, so the editor is the only reader of the
// keyboard, and the call blocks until it exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EditOutcome } from '../session/effects.js';
import { editorMessages as m } from './session-editor-messages.js';

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || (process.platform === 'win32' ? 'notepad' : 'vi');
}

/** The file name in single quotes for a POSIX shell (our temp path has no quote, but be safe). */
function quoted(path: string): string {
  return process.platform === 'win32' ? `"${path}"` : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function editInEditor(text: string, env: NodeJS.ProcessEnv, stdin: NodeJS.ReadableStream): EditOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'followup-coach-'));
  const file = join(dir, 'note.txt');
  try {
    writeFileSync(file, text, { mode: 0o600 });
    stdin.pause();
    // Through the shell, because $EDITOR may carry arguments ("code --wait").
    const result = spawnSync(`${editorCommand(env)} ${quoted(file)}`, { shell: true, stdio: 'inherit', env });
    if (result.error) return { kind: 'failed', message: m.couldNotStart(result.error.message) };
    if (result.status !== 0) {
      return { kind: 'failed', message: m.failed(editorCommand(env), result.status) };
    }
    const edited = readFileSync(file, 'utf8');
    return edited === text ? { kind: 'unchanged' } : { kind: 'edited', text: edited };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
