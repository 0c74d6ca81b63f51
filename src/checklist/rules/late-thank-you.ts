// The `late-thank-you` rule: its id, severity, description and check (the check lives with its family).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { lateThankYou } from './timing.js';

export const id = 'late-thank-you';
export const severity: Severity = 'info';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = lateThankYou;
