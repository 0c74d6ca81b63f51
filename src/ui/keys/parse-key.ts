// What one input event means as a key, exactly as Ink's useInput tells it: the `(input, key)`
// pair of ink 6.8.0 (build/parse-keypress.js and the key it builds in build/hooks/use-input.js).
// Ink exports neither, so this is a port; test/ui/keys.test.tsx holds it to Ink's own hook.
// Left out: the kitty keyboard protocol, which a terminal speaks only when asked to (this app
// never asks), and Ink's crash on a Ctrl-modified sequence it has no name for (the name is '').
import type { Key } from 'ink';
import { NAMES } from './key-names.js';

const ESC = '\u001b';

/** Keys whose input is '' rather than their sequence. */
const NOT_TEXT = new Set([...Object.values(NAMES), 'backspace']);
/** rxvt sends these with Shift held, and these with Ctrl held. */
const SHIFTED = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const CTRLED = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

/** An escape sequence after its leading ESCs: ESC O letter, ESC [ number ~, ESC [ 1 ; modifier letter. */
const FUNCTION_KEY = /^(O|N|\[|\[\[)(?:(\d+)(?:;(\d+))?([~^$])|(?:1;)?(\d+)?([a-zA-Z]))/;

interface Keypress {
  name: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  option: boolean;
}

function keypress(s: string): Keypress {
  const key: Keypress = { name: '', ctrl: false, meta: false, shift: false, option: false };
  const escaped = s.charAt(0) === ESC;
  if (s === '\r' || s === `${ESC}\r`) Object.assign(key, { name: 'return', option: s.length === 2 });
  else if (s === '\n') key.name = 'enter';
  else if (s === '\t') key.name = 'tab';
  else if (s === '\b' || s === `${ESC}\b`) Object.assign(key, { name: 'backspace', meta: escaped });
  else if (s === '\u007f' || s === `${ESC}\u007f`) Object.assign(key, { name: 'delete', meta: escaped });
  else if (s === ESC || s === `${ESC}${ESC}`) Object.assign(key, { name: 'escape', meta: s.length === 2 });
  else if (s === ' ' || s === `${ESC} `) Object.assign(key, { name: 'space', meta: s.length === 2 });
  else if (s.length === 1 && s <= '\u001a') Object.assign(key, { name: String.fromCharCode(s.charCodeAt(0) + 96), ctrl: true });
  else if (s.length === 1 && s >= '0' && s <= '9') key.name = 'number';
  else if (s.length === 1 && s >= 'a' && s <= 'z') key.name = s;
  else if (s.length === 1 && s >= 'A' && s <= 'Z') Object.assign(key, { name: s.toLowerCase(), shift: true });
  else if (s.length === 2 && escaped && /^[a-zA-Z0-9]$/.test(s.charAt(1)))
    Object.assign(key, { meta: true, shift: /^[A-Z]$/.test(s.charAt(1)) });
  else if (escaped) functionKey(s, key);
  return key;
}

function functionKey(s: string, key: Keypress): void {
  let escapes = 0;
  while (s.charAt(escapes) === ESC) escapes += 1;
  const parts = FUNCTION_KEY.exec(s.slice(escapes));
  if (parts === null) return;
  key.option = escapes >= 2;
  const code = [parts[1], parts[2], parts[4], parts[6]].filter(Boolean).join('');
  const modifier = Number(parts[3] || parts[5] || '1') - 1;
  key.ctrl = CTRLED.has(code) || (modifier & 4) !== 0;
  key.meta = (modifier & 10) !== 0;
  key.shift = SHIFTED.has(code) || (modifier & 1) !== 0;
  key.name = NAMES[code] ?? '';
}

/** The `(input, key)` Ink's useInput hands its handler for one input event. */
export function parseKey(data: string): [input: string, key: Key] {
  const { name, ctrl, meta, shift, option } = keypress(data);
  const key: Key = {
    upArrow: name === 'up',
    downArrow: name === 'down',
    leftArrow: name === 'left',
    rightArrow: name === 'right',
    pageDown: name === 'pagedown',
    pageUp: name === 'pageup',
    home: name === 'home',
    end: name === 'end',
    return: name === 'return',
    escape: name === 'escape',
    ctrl,
    shift,
    tab: name === 'tab',
    backspace: name === 'backspace',
    delete: name === 'delete',
    meta: meta || name === 'escape' || option,
    super: false,
    hyper: false,
    capsLock: false,
    numLock: false,
  };
  let input = ctrl ? name : data;
  if (NOT_TEXT.has(name)) input = '';
  if (input.startsWith(ESC)) input = input.slice(1);
  if (input.length === 1 && /[A-Z]/.test(input)) key.shift = true;
  return [input, key];
}
