// The `--help` of `followup-coach status`: what it does, its flags, and an example that works as typed.

export const STATUS_HELP = `followup-coach status ID OUTCOME: record what happened

Usage
  followup-coach status ID waiting|offer|not-selected|closed [--told-by NAME] [--on DATE] [--json]

The schedule follows the outcome: after not-selected, a note thanking them within a day and a
stay-in-touch note about three months later; after an offer or closed, nothing more is chased.
waiting undoes an outcome recorded by mistake.

Options
  --told-by NAME  who told you: an interviewer or the recruiter (a given name or surname is enough)
  --on DATE       the day you were told (today, yesterday, monday, 2026-11-30); default today
  --json          print {id, status, statusOn, toldBy, next, done}
  -h, --help      this help

Example
  followup-coach status acme-robotics-senior-backend-engineer not-selected --told-by Dana --on yesterday
`;
