// Turns a template and a context into a subject and a body. Isolated Handlebars instances:
// no HTML escaping (these are plain-text notes), and strict, so a field the template expects but
// the context lacks is an error instead of a silent hole in a note someone will send.
// The build precompiles templates/ (see template-files.ts), so rendering needs only the Handlebars
// runtime (5 KB); the compiler (250 KB, 10 ms to load) loads when a template has no build-time
// copy: edited since the build, or handed in by a test.
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import type { NoteKind } from '../model/types.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { loadHandlebarsCompiler } from './handlebars-compiler.js';
import type { TemplateSet, TemplateSource } from './template-files.js';
import { joinPhrases, slowNumber } from './words.js';

/** A template that cannot render: a bug in a template or in the context built for it. */
export class TemplateError extends Error {
  constructor(source: string, cause: unknown) {
    super(`${source}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TemplateError';
  }
}

export interface Rendered {
  readonly subject: string;
  readonly body: string;
}

type Instance = typeof Handlebars;

function expectString(helper: string, value: unknown): string {
  if (typeof value !== 'string') throw new Error(`{{${helper}}} needs text, got ${String(value)}`);
  return value;
}

function expectDefined(helper: string, value: unknown): unknown {
  // Strict mode does not cover helper arguments, so a misspelled field in {{#if}} would
  // quietly read as false. The context always sets optional fields to null instead.
  if (value === undefined) throw new Error(`{{#${helper}}} tests a field that is not defined`);
  return value;
}

function isTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** The same helpers on every instance: a precompiled note may call a partial compiled from source. */
function withHelpers(hb: Instance): Instance {
  hb.registerHelper('if', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
    return isTruthy(expectDefined('if', value)) ? options.fn(this) : options.inverse(this);
  });
  hb.registerHelper('unless', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
    return isTruthy(expectDefined('unless', value)) ? options.inverse(this) : options.fn(this);
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => expectDefined('eq', a) === b);
  hb.registerHelper('list', (items: unknown) => {
    if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
      throw new Error(`{{list}} needs a list of text, got ${String(items)}`);
    }
    return joinPhrases(items);
  });
  hb.registerHelper('slowly', (phone: unknown) => slowNumber(expectString('slowly', phone)));
  hb.registerHelper('quote', (text: unknown) =>
    expectString('quote', text)
      .split('\n')
      .map((line) => (line.length > 0 ? `> ${line}` : '>'))
      .join('\n'),
  );
  return hb;
}

const runtime = withHelpers((Runtime as unknown as Instance).create());
let compiler: Instance | undefined;

function handlebarsCompiler(): Instance {
  compiler ??= withHelpers(loadHandlebarsCompiler().create());
  return compiler;
}

type Compiled = Handlebars.TemplateDelegate;
const compiledSets = new WeakMap<TemplateSet, Map<string, Compiled>>();

function compiled(set: TemplateSet, source: TemplateSource): Compiled {
  let cache = compiledSets.get(set);
  if (!cache) {
    cache = new Map();
    compiledSets.set(set, cache);
  }
  let template = cache.get(source.name);
  if (!template) {
    // A build-time spec (see template-files.ts) was compiled from this very text with COMPILE_OPTIONS.
    template = source.precompiled
      ? runtime.template(source.precompiled as Parameters<Instance['template']>[0])
      : handlebarsCompiler().compile(source.text, { ...COMPILE_OPTIONS });
    cache.set(source.name, template);
  }
  return template;
}

/**
 * Every partial, for a note to call by name, each read and made ready when a note first calls it:
 * a set may read its files only when asked (template-files.ts), and Handlebars compiles a
 * template on its first call anyway, so a broken partial fails the notes that call it.
 */
const partialSets = new WeakMap<TemplateSet, Record<string, Compiled>>();

function partialsOf(set: TemplateSet): Record<string, Compiled> {
  let partials = partialSets.get(set);
  if (!partials) {
    partials = Object.fromEntries(
      Object.keys(set.partials).map((name): [string, Compiled] => [
        name,
        (context, options) => compiled(set, set.partials[name]!)(context, options),
      ]),
    );
    partialSets.set(set, partials);
  }
  return partials;
}

/**
 * An American date with its year in mid-sentence closes with a comma, as it opens with one
 * ("We met on November 25, 2026, about the role"); without the year there is none to close
 * ("We met on November 25 about the role"), and the templates write none.
 */
const US_DATE_MID_SENTENCE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}(?= (?!and [A-Z])[a-z])/g;

/**
 * Trailing spaces and the blank runs left by false conditionals never belong in a note, nor the
 * double stop of a name that ends in one ("Tidewater Freight Co." at the end of a sentence).
 */
function tidy(text: string): string {
  // Only a text with ".." has a double stop: the \p{L} RegExp, which V8 builds Unicode tables
  // for on first use, runs only then.
  return (text.includes('..') ? text.replace(/(\p{L})\.\.(?!\.)/gu, '$1.') : text)
    .replace(US_DATE_MID_SENTENCE, '$&,')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders one note. A note template starts with a `Subject: ...` line and a blank line, then the
 * body, so each file reads like the e-mail it produces.
 */
export function renderNote(set: TemplateSet, kind: NoteKind, context: object): Rendered {
  const source = set.notes[kind];
  let text: string;
  try {
    text = compiled(set, source)(context, { partials: partialsOf(set) });
  } catch (error) {
    throw new TemplateError(source.name, error);
  }
  const match = /^Subject: *(.*)\r?\n\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new TemplateError(source.name, 'must start with "Subject: ..." and a blank line');
  return { subject: (match[1] ?? '').trim(), body: tidy(match[2] ?? '') };
}

/**
 * Renders one partial on its own, for the pieces a note is wrapped in when it goes through a
 * go-between (its subject and cover line), so they stay templates beside the notes they carry.
 */
export function renderPart(set: TemplateSet, name: string, context: object): string {
  const source = set.partials[name];
  if (source === undefined) throw new TemplateError(`templates/partials/${name}.hbs`, 'is missing');
  try {
    return tidy(compiled(set, source)(context, { partials: partialsOf(set) }));
  } catch (error) {
    throw new TemplateError(source.name, error);
  }
}
