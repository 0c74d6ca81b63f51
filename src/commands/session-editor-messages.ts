// What session-editor.ts says when the user's editor did not give the note back.
export const editorMessages = {
  couldNotStart: (why: string) => `${why}. Set $VISUAL or $EDITOR to your editor.`,
  failed: (editor: string, status: number | null) => `${editor} exited with code ${String(status)}; the note is unchanged.`,
} as const;
