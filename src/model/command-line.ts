// How a command line quotes a value, for the lines that say what to run next
// (src/commands/regen/messages.ts, src/deliver/calendar-events.ts).
export const shellQuote = (text: string): string =>
  /^[\w@%+=:,./-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
