// The words of `followup-coach export`.
export const exportMessages = {
  wrote: (path: string) => `Wrote ${path}`,
} as const;
