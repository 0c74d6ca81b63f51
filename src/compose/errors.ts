// A note that cannot be composed as asked is the user's request to fix, not a crash: it is a
// UsageError (exit 2) so the CLI prints the message and the fix like any other usage problem.
import { UsageError } from '../cli/errors.js';

export class ComposeError extends UsageError {
  /** What to do about it, in the user's words. The same text as `tryMessage`. */
  readonly fix: string;

  constructor(problem: { readonly message: string; readonly fix: string }) {
    super(problem.message, problem.fix);
    this.name = 'ComposeError';
    this.fix = problem.fix;
  }
}
