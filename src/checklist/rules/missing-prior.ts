// The `missing-prior` rule: its id, severity, description and check (the check lives with its family).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';
import { missingPrior } from './content.js';

export const id = 'missing-prior';
export const severity: Severity = 'warning';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = missingPrior;
