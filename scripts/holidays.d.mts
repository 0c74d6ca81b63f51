// Types for scripts/holidays.mjs, which the holiday tests call to write tables of their own.
export interface HolidayYears {
  readonly from: number;
  readonly to: number;
}
export function holidayYears(now?: Date): HolidayYears;
export function writeHolidayTables(dir: string, years?: HolidayYears, countries?: readonly string[]): number;
