// What holidays.ts says about FOLLOWUP_COACH_COUNTRY when it cannot use it.
export const holidayMessages = {
  notACountry: (asked: string) =>
    `FOLLOWUP_COACH_COUNTRY=${asked} is not a two-letter country code (US, GB, DE, ...), a region of one with holidays of its own (GB-SCT), or "none": counting weekends only.`,
  noTable: (asked: string) => `No public holidays are known for FOLLOWUP_COACH_COUNTRY=${asked}: counting weekends only.`,
} as const;
