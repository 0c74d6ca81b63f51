// The frame every question shares: the section, the question, its hint, the input, what was
// understood, what to type instead, and the keys.
//
//   followup-coach · 2/5 The interview
//   Interview date
//   today, yesterday, a weekday (tuesday) or a date like 2026-11-24.
//   › yesterday█
//   → Tuesday, November 24
//   Enter next · Esc back · Ctrl-C save and quit
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { KeyHints } from '../components/key-hints.js';
import { MessageLine } from '../components/message-line.js';
import { Prose } from '../components/prose.js';

export interface StepFrameProps {
  readonly header: ReactNode;
  readonly label: string;
  readonly hint: string;
  readonly children: ReactNode;
  readonly preview?: string | undefined;
  readonly error: string | null;
  readonly hints: ReadonlyArray<readonly [string, string]>;
  /** False for a list of choices, which marks its own focus. */
  readonly prompt?: boolean;
}

export function StepFrame({ header, label, hint, children, preview, error, hints, prompt = true }: StepFrameProps) {
  return (
    <Box flexDirection="column">
      {header}
      <Box marginTop={1} flexDirection="column">
        <Prose bold>{label}</Prose>
        {hint ? <Prose dimColor>{hint}</Prose> : null}
      </Box>
      <Box>
        {prompt ? <Text color="cyan">› </Text> : null}
        <Box flexGrow={1}>{children}</Box>
      </Box>
      {preview ? <Prose color="green">{preview}</Prose> : null}
      {error ? <MessageLine tone="problem">{error}</MessageLine> : null}
      <Box marginTop={1}>
        <KeyHints hints={hints} />
      </Box>
    </Box>
  );
}
