// The user's locale for one category, as POSIX picks it: LC_ALL, else the category's own
// variable, else LANG. "en_GB.UTF-8" is English (en) as written in the United Kingdom (GB);
// "C" and "POSIX" name neither.
export interface Locale {
  /** Lower case: "en". */
  readonly language: string | null;
  /** Upper case: "GB". */
  readonly territory: string | null;
}

export function localeFromEnv(env: NodeJS.ProcessEnv, category: 'LC_MESSAGES' | 'LC_TIME'): Locale {
  const value = [env.LC_ALL, env[category], env.LANG].find((each) => each !== undefined && each.trim() !== '') ?? '';
  const match = /^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}))?\b/.exec(value.trim());
  if (!match || /^(c|posix)$/i.test(value.trim().split('.')[0]!)) return { language: null, territory: null };
  return { language: match[1]!.toLowerCase(), territory: match[2]?.toUpperCase() ?? null };
}
