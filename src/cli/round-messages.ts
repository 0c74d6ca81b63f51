// The words about rounds of one application (import, list).

const ordinal = (n: number) => (n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

export const roundMessages = {
  question: (company: string, role: string) => `${company}, ${role} is already saved. Is this a later interview (a new round) for the same role?`,
  cancelled: 'Cancelled: nothing was saved.',
  roundOrReplace: '--round saves beside the saved interview and --replace overwrites it: pick one.',
  savedRound: (id: string, round: number) => `Saved ${id}: the ${ordinal(round)} round of this application.`,
  hint: (file: string) => `If this is a later interview for the same role, save it as the next round: followup-coach import ${file} --round`,
} as const;
