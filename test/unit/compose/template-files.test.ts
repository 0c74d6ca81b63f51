import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findPackageRoot, loadTemplates, readTemplateSet, templatesOnDemand } from '../../../src/compose/template-files.js';
import { NOTE_KINDS } from '../../../src/model/types.js';

const repo = realpathSync(join(import.meta.dirname, '../../..'));
const temps: string[] = [];

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'fc-templates-')));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findPackageRoot', () => {
  it('finds the package from the source folder and from the bundle and its chunks', () => {
    expect(findPackageRoot()).toBe(repo);
    expect(findPackageRoot(pathToFileURL(join(repo, 'dist/commands/regen.js')).href)).toBe(repo);
    expect(findPackageRoot(pathToFileURL(join(repo, 'dist/chunks/regen-ABC123.js')).href)).toBe(repo);
  });

  it('finds an installed copy under node_modules, skipping folders that are another package', () => {
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'someone-else' }));
    mkdirSync(join(project, 'templates'));
    const installed = join(project, 'node_modules/followup-coach');
    mkdirSync(join(installed, 'templates'), { recursive: true });
    mkdirSync(join(installed, 'dist/chunks'), { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'followup-coach' }));
    expect(findPackageRoot(pathToFileURL(join(installed, 'dist/chunks/x.js')).href)).toBe(installed);
  });

  it('says the installation is incomplete when no templates folder is found', () => {
    const lonely = tempDir();
    writeFileSync(join(lonely, 'package.json'), JSON.stringify({ name: 'followup-coach' }));
    expect(() => findPackageRoot(pathToFileURL(join(lonely, 'dist/commands/regen.js')).href)).toThrow(
      /Could not find the followup-coach templates folder above .*Reinstall followup-coach\./,
    );
  });
});

describe('templates on disk', () => {
  it('has one template per note kind and the signature and subject partials', () => {
    const set = readTemplateSet(join(repo, 'templates'));
    expect(Object.keys(set.notes).sort()).toEqual([...NOTE_KINDS].sort());
    expect(Object.keys(set.partials)).toEqual(expect.arrayContaining(['signature', 'subject']));
    expect(set.notes['thank-you'].name).toBe('templates/thank-you.hbs');
  });

  it('reads the files once per process', () => {
    expect(loadTemplates()).toBe(loadTemplates());
  });

  it('are plain ASCII, so no smart quote or dash slips into a note', () => {
    const set = loadTemplates();
    for (const source of [...Object.values(set.notes), ...Object.values(set.partials)]) {
      expect({ name: source.name, ascii: /^[\x09\x0a\x20-\x7e]*$/.test(source.text) }).toEqual({
        name: source.name,
        ascii: true,
      });
    }
  });
});

describe('templatesOnDemand', () => {
  /** A templates folder with every note kind and two partials, each file holding its own name. */
  function folder(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    for (const kind of NOTE_KINDS) writeFileSync(join(dir, `${kind}.hbs`), `Subject: ${kind}\n\n${kind}`);
    for (const name of ['signature', 'wish']) writeFileSync(join(dir, 'partials', `${name}.hbs`), name);
    return dir;
  }

  it('reads a template only when it is asked for, and each once', () => {
    const dir = folder();
    const set = templatesOnDemand(dir, null);
    expect(Object.keys(set.notes).sort()).toEqual([...NOTE_KINDS].sort());
    expect(Object.keys(set.partials)).toEqual(['signature', 'wish']);
    // Gone before anything asked for them: only asking for one finds it missing.
    rmSync(join(dir, 'voicemail.hbs'));
    rmSync(join(dir, 'partials', 'wish.hbs'));
    expect(set.notes['thank-you']).toEqual({ name: 'templates/thank-you.hbs', text: 'Subject: thank-you\n\nthank-you' });
    expect(set.partials.signature).toBe(set.partials.signature);
    expect(() => set.notes.voicemail).toThrow(/ENOENT/);
    expect(() => set.partials.wish).toThrow(/ENOENT/);
  });

  it("attaches the build's spec while its text is the file's, reading the build's file only for a template asked for", () => {
    const dir = folder();
    writeFileSync(join(dir, 'partials', 'signature.hbs'), 'signature, edited since the build');
    const read: string[] = [];
    const set = templatesOnDemand(dir, {
      options: {},
      templates: {
        'templates/thank-you.hbs': 'thank-you.cjs',
        'templates/follow-up.hbs': 'follow-up.cjs',
        'templates/partials/signature.hbs': 'partials/signature.cjs',
      },
      read: (file) => {
        read.push(file);
        return { text: file === 'thank-you.cjs' ? 'Subject: thank-you\n\nthank-you' : 'signature', spec: { file } };
      },
    });
    expect(set.notes['thank-you'].precompiled).toEqual({ file: 'thank-you.cjs' });
    expect(set.partials.signature).toEqual({
      name: 'templates/partials/signature.hbs',
      text: 'signature, edited since the build',
    });
    // No build of its own: compiled from the file.
    expect(set.partials.wish).toEqual({ name: 'templates/partials/wish.hbs', text: 'wish' });
    expect(read).toEqual(['thank-you.cjs', 'partials/signature.cjs']);
  });
});
