// mergeFindings: what the name rules say at a place is not said again by spelling there.
import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../../src/checklist/merge.js';
import type { Finding } from '../../../src/model/types.js';

const at = (rule: Finding['rule'], line: number, column: number, excerpt: string): Finding => ({
  rule,
  severity: rule === 'spelling' || rule === 'grammar' ? 'warning' : 'error',
  message: `${rule} on ${excerpt}`,
  line,
  column,
  excerpt,
});
const brief = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.excerpt}`);

describe('mergeFindings', () => {
  it('drops a spelling warning on a word inside a name the name rules report', () => {
    const merged = mergeFindings(
      [at('name-mismatch', 5, 82, 'Acme Robtics'), at('wrong-person', 9, 1, 'Brasa & Co')],
      [at('spelling', 5, 87, 'Robtics'), at('spelling', 9, 9, 'Co')],
    );
    expect(brief(merged)).toEqual(['name-mismatch 5:82 Acme Robtics', 'wrong-person 9:1 Brasa & Co']);
  });

  it('keeps spelling and grammar beside the name, on another line, and grammar inside it', () => {
    const merged = mergeFindings(
      [at('name-mismatch', 3, 6, 'Pryia')],
      [at('spelling', 3, 11, 'realy'), at('spelling', 4, 6, 'Pryia'), at('grammar', 3, 7, 'ry')],
    );
    expect(brief(merged)).toEqual(['name-mismatch 3:6 Pryia', 'grammar 3:7 ry', 'spelling 3:11 realy', 'spelling 4:6 Pryia']);
  });

  it('drops any finding of the worker at the very place of a name finding, as before', () => {
    const merged = mergeFindings([at('wrong-person', 3, 6, 'Sam')], [at('grammar', 3, 6, 'Sam'), at('spelling', 3, 6, 'Sam')]);
    expect(brief(merged)).toEqual(['wrong-person 3:6 Sam']);
  });

  it('reads a cut excerpt by its text, not its ellipsis', () => {
    const long = `${'Acme Robtics Holdings '.repeat(4).trim()}…`;
    const merged = mergeFindings(
      [at('name-mismatch', 2, 1, long)],
      [at('spelling', 2, 6, 'Robtics'), at('spelling', 2, 200, 'teh')],
    );
    expect(brief(merged)).toEqual([`name-mismatch 2:1 ${long}`, 'spelling 2:200 teh']);
  });
});
