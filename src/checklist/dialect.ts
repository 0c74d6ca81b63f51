// Which English the spell checker expects: "organising" is right in London and a slip in Boston.
// Taken from FOLLOWUP_COACH_DIALECT when set, else from the locale (LC_ALL, LC_MESSAGES, LANG),
// else American, Harper's default. Harper knows five; Irish, New Zealand and South African
// English spell as British does.
import { localeFromEnv } from '../model/locale.js';

export const DIALECTS = ['American', 'British', 'Australian', 'Canadian', 'Indian'] as const;
export type DialectName = (typeof DIALECTS)[number];

const BY_REGION: Readonly<Record<string, DialectName>> = {
  US: 'American',
  GB: 'British',
  UK: 'British',
  IE: 'British',
  NZ: 'British',
  ZA: 'British',
  AU: 'Australian',
  CA: 'Canadian',
  IN: 'Indian',
};

export function dialectFromEnv(env: NodeJS.ProcessEnv): DialectName {
  const asked = env.FOLLOWUP_COACH_DIALECT?.trim().toLowerCase();
  const named = DIALECTS.find((name) => name.toLowerCase() === asked);
  if (named) return named;
  const { language, territory } = localeFromEnv(env, 'LC_MESSAGES');
  return language === 'en' ? dialectOfTerritory(territory) : 'American';
}

/** The English written in a territory ("GB" -> British), American for one it does not list or none. */
export function dialectOfTerritory(territory: string | null): DialectName {
  return (territory !== null && BY_REGION[territory.toUpperCase()]) || 'American';
}
