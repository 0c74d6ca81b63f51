// How the commands and screens name a note's recipient when it goes through a go-between.

export const viaMessages = {
  /** "Joost van der Berg, via Alex Kim": the person the note is for, and whom it goes through. */
  recipient: (to: string, via: string) => `${to}, via ${via}`,
} as const;
