// The bound for the tests that guard against backtracking patterns: such a pattern takes minutes
// (or never ends) on their inputs, a linear one well under a second on a quiet machine. The bound
// is wide so that a machine running two full suites at once on two cores cannot trip it, and stays
// under vitest's 60 s test timeout so a failure names the time taken rather than timing out.
export const LINEAR_MS = 40_000;
