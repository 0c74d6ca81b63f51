// One line per finished section, for the scrollback (Ink's <Static>) and the line mode's recap.
import { type DateStyle, formatDay } from '../model/dates.js';
import type { Answers } from './answers.js';
import type { SectionId } from './fields.js';
import { choices, sections, summaries } from './messages.js';

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
