// The review's section header, the last of the five sections, on each of its screens.
import { sessionMessages } from '../../session/index.js';
import { SectionHeader } from '../components/section-header.js';

export function ReviewHeader() {
  return <SectionHeader number={5} total={5} section={sessionMessages.sections.review} />;
}
