// The review's section header, the last of the five sections, on each of its screens. Once the
// interview is saved it names the id it is saved as (a new one may have gained a "-2"): a notice
// printed above the review scrolled off before a new user could read it, and `regen ID` needs it.
import { sessionMessages } from '../../session/index.js';
import { SectionHeader } from '../components/section-header.js';
import { review } from '../messages.js';

export function ReviewHeader({ id }: { readonly id?: string | undefined }) {
  return (
    <SectionHeader
      number={5}
      total={5}
      section={sessionMessages.sections.review}
      detail={id === undefined ? undefined : review.savedAs(id)}
    />
  );
}
