// Every rule is a module with its id, severity, description and check; the id list comes from them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_MODULES } from '../../../src/checklist/registry.js';
import { RULES } from '../../../src/checklist/rule-table.js';
import { RULE_IDS } from '../../../src/checklist/types.js';

describe('the rule modules', () => {
  it('list every rule of the README table, in its order', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const table = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((match) => `${match[1]}:${match[2]}`);
    expect(RULE_IDS).toHaveLength(21);
    expect([...table].sort()).toEqual(RULES.map((rule) => `${rule.id}:${rule.severity}`).sort());
  });

  it("each export an id, a severity, a one-line description and a check (none for the worker's two)", () => {
    for (const rule of RULE_MODULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.description, rule.id).not.toContain('\n');
      expect(typeof rule.check === 'function', rule.id).toBe(rule.id !== 'spelling' && rule.id !== 'grammar');
    }
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
