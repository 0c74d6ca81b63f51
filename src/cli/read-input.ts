// The text of FILE, or of stdin for `-`, with read errors as usage errors that name the file.
import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer | string));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${file}: ${why}.`, 'check the path; `followup-coach export ID > FILE` writes a valid example.');
  }
}
