// The `too-long` rule: its id, severity, description and check (the check lives with its family).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { tooLong } from './length.js';

export const id = 'too-long';
export const severity: Severity = 'warning';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = tooLong;
