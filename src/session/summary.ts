// One line per finished section, for the scrollback (Ink's <Static>) and the line mode's recap.
import { type DateStyle, formatDay } from '../model/dates.js';
import type { Answers } from './answers.js';
import type { SectionId } from './fields.js';
import type { SessionState } from './reducer.js';
import { choices, sections, summaries } from './messages.js';

/** The sections in the order they are asked. */
export const SECTION_ORDER: readonly SectionId[] = ['about', 'interview', 'interviewers', 'next', 'review'];

const FORMAT_NAMES = { onsite: choices.onsite, video: choices.video, phone: choices.phone, '': '' } as const;

export function sectionSummary(section: SectionId, a: Answers, style: DateStyle): string {
  const parts = ((): string[] => {
    switch (section) {
      case 'about':
        return [a.candidate.name, a.candidate.email, a.candidate.phone];
      case 'interview':
        return [a.company, a.role, a.date ? formatDay(a.date, style) : a.dateText, FORMAT_NAMES[a.format], a.recruiterName];
      case 'interviewers':
        return a.interviewers.map((p) => p.name);
      case 'next':
        return [
          a.timeframeText === ''
            ? 'no timeframe given'
            : a.timeframeDate
              ? `${a.timeframeText} → ${formatDay(a.timeframeDate, style)}`
              : a.timeframeText,
          a.notSelected === 'yes' ? 'told you are not the final choice' : '',
          a.tone === '' ? '' : summaries.tone(choices[a.tone]),
        ];
      case 'review':
        return [];
    }
  })();
  return `✓ ${sections[section]}: ${parts.filter((p) => p !== '').join(', ')}`;
}

/**
 * The recaps of what a resumed session has answered already, as typing the answers in one go
 * leaves them: every section before the one it stopped in, or, stopped while changing one answer
 * from the review, every section but that one.
 */
export function answeredSummaries(current: SectionId, session: SessionState, style: DateStyle): string[] {
  const at = SECTION_ORDER.indexOf(current);
  return SECTION_ORDER.filter((section, index) => {
    if (section === 'review') return false;
    return session.returnTo === 'review' ? section !== current : index < at;
  }).map((section) => sectionSummary(section, session.answers, style));
}
