// The `--help` of each command: what it does, its flags, and an example that works as typed.
// Each command keeps its own in src/commands/<name>/help.ts; this gathers them in one place.
export { CALENDAR_HELP } from '../commands/calendar/help.js';
export { CHECK_HELP } from '../commands/check/help.js';
export { DELETE_HELP } from '../commands/delete/help.js';
export { EXPORT_HELP } from '../commands/export/help.js';
export { IMPORT_HELP } from '../commands/import/help.js';
export { LIST_HELP } from '../commands/list/help.js';
export { PREP_HELP } from '../commands/prep/help.js';
export { REGEN_HELP } from '../commands/regen/help.js';
export { SENT_HELP } from '../commands/sent/help.js';
export { STATUS_HELP } from '../commands/status/help.js';
