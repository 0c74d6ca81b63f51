// The real-program tests skip, with one line naming the package, when a program is missing
// (and fail instead under FOLLOWUP_COACH_REQUIRE_TOOLS=1, as in CI).
import { describe, expect, it, vi } from 'vitest';
import { realTool } from '../../helpers/real-tools.js';

describe('realTool', () => {
  it.skipIf(process.env.FOLLOWUP_COACH_REQUIRE_TOOLS === '1')('a missing program is announced once, with what to install', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(realTool('followup-coach-no-such-program', ['--version'], 'no-such-package').available).toBe(false);
      expect(realTool('followup-coach-no-such-program', ['--version'], 'no-such-package').available).toBe(false);
      expect(write.mock.calls.map(([text]) => text)).toEqual([
        'skipping tests that need it: followup-coach-no-such-program is missing: apt-get install no-such-package\n',
      ]);
    } finally {
      write.mockRestore();
    }
  });

  it.runIf(process.env.FOLLOWUP_COACH_REQUIRE_TOOLS === '1')('a missing program fails when the tools are required', () => {
    expect(() => realTool('followup-coach-no-such-program', ['--version'], 'no-such-package')).toThrow(
      'followup-coach-no-such-program is missing: apt-get install no-such-package (FOLLOWUP_COACH_REQUIRE_TOOLS=1 requires it)',
    );
  });

  it('a program that runs is available', () => {
    expect(realTool(process.execPath, ['--version'], 'nodejs').available).toBe(true);
  });
});
