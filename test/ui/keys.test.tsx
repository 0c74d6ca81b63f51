// The key hook every screen uses (src/ui/keys/use-keys.ts): it tells keys as Ink's useInput
// does, and it listens from the moment its frame is committed, where Ink's hook is still deaf.
import { Select } from '@inkjs/ui';
import type { EventEmitter } from 'node:events';
import { Text, useInput, useStdin, type Key } from 'ink';
import { render } from 'ink-testing-library';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { useKeys } from '../../src/ui/keys/use-keys.js';
import { SelectInput } from '../../src/ui/select/select-input.js';
import { KEY, answer, screen, waitFor } from './helpers.js';

type Heard = [input: string, key: Key];

/** Both hooks side by side; `ready` shows once Ink's has subscribed (its effects run in order). */
function Both({ ours, inks, onEvents }: { ours: Heard[]; inks: Heard[]; onEvents: (events: EventEmitter) => void }) {
  const { internal_eventEmitter } = useStdin();
  const [ready, setReady] = useState(false);
  useKeys((input, key) => void ours.push([input, { ...key }]));
  useInput((input, key) => void inks.push([input, { ...key }]));
  useEffect(() => {
    onEvents(internal_eventEmitter);
    setReady(true);
  }, [internal_eventEmitter, onEvents]);
  return <Text>{ready ? 'ready' : 'mounting'}</Text>;
}

const ESC = '\u001b';
const SEQUENCES = [
  // Every escape sequence Ink names, plain, with Alt (a second ESC) and with modifiers.
  ...['[A', '[B', '[C', '[D', '[E', '[F', '[H', 'OA', 'OB', 'OC', 'OD', 'OE', 'OF', 'OH', 'OP', 'OQ', 'OR', 'OS'].map(
    (s) => ESC + s,
  ),
  ...['[1~', '[2~', '[3~', '[4~', '[5~', '[6~', '[7~', '[8~', '[11~', '[15~', '[24~', '[[A', '[[E', '[[5~', '[[6~'].map(
    (s) => ESC + s,
  ),
  ...['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[8$', 'Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[8^', '[Z'].map(
    (s) => ESC + s,
  ),
  `${ESC}${ESC}[A`,
  `${ESC}[1;2A`,
  `${ESC}[1;3B`,
  `${ESC}[1;5C`,
  `${ESC}[1;9D`,
  `${ESC}[3;5~`,
  `${ESC}[5;2~`,
  `${ESC}[99~`,
  // Enter, Tab, Backspace, Delete, Esc and Space, alone and with Alt.
  ...['\r', '\n', '\t', '\b', '\u007f', ESC, ' '].flatMap((s) => [s, ESC + s]),
  // Ctrl with every letter, digits, letters, Alt with letters and digits.
  ...Array.from({ length: 26 }, (_, at) => String.fromCharCode(at + 1)),
  '\u0000',
  ...'09azAZ'.split(''),
  `${ESC}a`,
  `${ESC}Z`,
  `${ESC}5`,
  // Text as a paste or a fast typist sends it, and characters beyond ASCII.
  'Bob',
  'Bob\r',
  'é',
  'Zoë Martin 🎉',
  '❯',
  '[',
  '~',
  '\u0015',
  `x${ESC}`,
];

describe('useKeys', () => {
  it('hands its handler the same (input, key) as Ink’s useInput, for every kind of key', async () => {
    const ours: Heard[] = [];
    const inks: Heard[] = [];
    let events: EventEmitter | undefined;
    const app = render(<Both ours={ours} inks={inks} onEvents={(e) => (events = e)} />);
    await waitFor(app, 'ready');
    // Straight onto Ink's event stream, so each sequence arrives as one event, as a terminal's would.
    for (const sequence of SEQUENCES) events!.emit('input', sequence);
    expect(inks).toHaveLength(SEQUENCES.length);
    for (const [at, sequence] of SEQUENCES.entries())
      expect([JSON.stringify(sequence), ...ours[at]!]).toEqual([JSON.stringify(sequence), ...inks[at]!]);
    app.unmount();
  });
});

/** Ink's input events, for a test to see who listens. */
function Events({ onEvents }: { onEvents: (events: EventEmitter) => void }) {
  const { internal_eventEmitter } = useStdin();
  onEvents(internal_eventEmitter);
  return null;
}

describe('the list to pick from', () => {
  it('draws exactly what @inkjs/ui’s Select draws, before and after the same keys', async () => {
    const options = Array.from({ length: 7 }, (_, at) => ({ value: `v${at}`, label: `Option ${at + 1}` }));
    const picked: [string[], string[]] = [[], []];
    let events: EventEmitter | undefined;
    const theirs = render(
      <>
        <Events onEvents={(e) => (events = e)} />
        <Select options={options} visibleOptionCount={4} onChange={(v) => picked[0].push(v)} />
      </>,
    );
    const ours = render(<SelectInput options={options} visibleOptionCount={4} isActive onChange={(v) => picked[1].push(v)} />);
    expect(ours.lastFrame()).toBe(theirs.lastFrame());
    // Theirs listens once its passive effects have run (Ink's Tab handler and the Select's own).
    await waitFor(theirs, () => events?.listenerCount('input') === 2);
    for (const key of [
      KEY.down,
      KEY.down,
      KEY.down,
      KEY.down,
      KEY.down,
      KEY.up,
      KEY.up,
      KEY.up,
      KEY.up,
      KEY.enter,
      KEY.down,
      KEY.enter,
    ]) {
      const before = theirs.lastFrame();
      theirs.stdin.write(key);
      ours.stdin.write(key);
      // Every one of these keys changes the list. React may draw a key's frame a microtask later
      // (when effects were pending), so each list is waited on.
      await waitFor(theirs, () => theirs.lastFrame() !== before);
      await waitFor(ours, () => ours.lastFrame() === theirs.lastFrame());
    }
    // Theirs reports a pick from an effect after the frame; ours at once.
    expect(picked[1]).toEqual(['v1', 'v2']);
    await waitFor(theirs, () => picked[0].length === 2);
    expect(picked[0]).toEqual(picked[1]);
    expect(screen(ours)).toMatch(/❯ Option 3 ✔/);
    theirs.unmount();
    ours.unmount();
  });
});

describe('raw mode', () => {
  it('stays on from one question to the next: the terminal is never handed back in between', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    const setRawMode = vi.spyOn(app.stdin, 'setRawMode');
    await answer(app, 'Jordan Lee');
    await answer(app, 'jordan@example.com');
    await answer(app, '+1 555 0100');
    await waitFor(app, 'Signature line (optional)');
    expect(setRawMode).not.toHaveBeenCalled();
    app.unmount();
    expect(setRawMode).toHaveBeenCalledExactlyOnceWith(false);
  });
});
