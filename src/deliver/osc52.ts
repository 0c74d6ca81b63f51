// OSC 52 asks the terminal itself to set the clipboard, which also works over SSH where no
// clipboard helper can reach the user's machine. Pure: builds the bytes, never writes them.

const ESC = '\u001b';
const BEL = '\u0007';

/** `ESC ] 52 ; c ; BASE64 BEL`, wrapped for GNU screen, which swallows it otherwise. */
export function osc52Sequence(text: string, env: NodeJS.ProcessEnv): string {
  const sequence = `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
  // screen passes a DCS string through to the outer terminal untouched. tmux needs no wrap:
  // it forwards OSC 52 itself when `set-clipboard` is on (and then keeps a tmux buffer too).
  if (env.STY && !env.TMUX) return `${ESC}P${sequence}${ESC}\\`;
  return sequence;
}
