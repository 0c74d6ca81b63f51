// The `grammar` rule: its id, severity and description; its findings come from the Harper worker (spell.ts).
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS } from '../messages.js';
import type { RuleCheck } from '../types.js';

export const id = 'grammar';
export const severity: Severity = 'warning';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = null;
