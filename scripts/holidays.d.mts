// Types for scripts/holidays.mjs, which the holiday tests call to write tables of their own.
export interface HolidayYears {
  readonly from: number;
  readonly to: number;
}
export function holidayYears(now?: Date): HolidayYears;
export function writeHolidayTables(dir: string, years?: HolidayYears, countries?: readonly string[]): number;
export const REGIONS: Readonly<Record<string, { readonly regions: readonly string[]; readonly plain: string }>>;
export const TABLES_FORMAT: number;
