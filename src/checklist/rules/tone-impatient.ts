// The `tone-impatient` rule: its id, severity, description and check (the check lives with its family).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { toneImpatient } from './tone.js';

export const id = 'tone-impatient';
export const severity: Severity = 'warning';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = toneImpatient;
