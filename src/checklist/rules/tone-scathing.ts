// The `tone-scathing` rule: its id, severity, description and check (the check lives with its family).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { toneScathing } from './tone.js';

export const id = 'tone-scathing';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = toneScathing;
