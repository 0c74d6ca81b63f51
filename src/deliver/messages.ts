// What delivery says about how a note left (or did not leave) the tool.

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export const messages = {
  noDisplay: 'no display: no clipboard here (DISPLAY is not set)',
  badDisplay: (display: string) => `no clipboard: the display ${display} (DISPLAY) does not answer`,
  timedOut: (ms: number) => `the system clipboard did not answer within ${seconds(ms)}`,
  noHelper: 'no clipboard helper found (install xsel or xclip, or wl-clipboard on Wayland)',
  failed: (detail: string) => `the system clipboard failed: ${detail}`,
  noTerminal: 'output is not a terminal, so it cannot be copied through the terminal either',
  dumbTerminal: 'TERM=dumb: this terminal takes no escape sequences, so it cannot be asked to copy either',
  oscNote: 'sent to your terminal (OSC 52); if pasting gives nothing, your terminal does not allow it',
  tmuxNote: 'inside tmux this works only with `set -g set-clipboard on` in ~/.tmux.conf',
} as const;
