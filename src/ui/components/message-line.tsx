// One line of feedback under an input: a problem (what to type instead) or a quiet note.
import { Prose } from './prose.js';

export type Tone = 'problem' | 'warning' | 'success' | 'info';

export function MessageLine({ tone, children }: { readonly tone: Tone; readonly children: string }) {
  switch (tone) {
    case 'problem':
      return <Prose color="red">{`✖ ${children}`}</Prose>;
    case 'warning':
      return <Prose color="yellow">{`⚠ ${children}`}</Prose>;
    case 'success':
      return <Prose color="green">{`✓ ${children}`}</Prose>;
    case 'info':
      return <Prose dimColor>{children}</Prose>;
  }
}
