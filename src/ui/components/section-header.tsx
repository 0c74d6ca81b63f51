// Where the user is:  followup-coach · 3/5 Interviewers · Sam Ortiz
import { Text } from 'ink';
import { title } from '../messages.js';

export interface SectionHeaderProps {
  readonly number: number;
  readonly total: number;
  readonly section: string;
  readonly detail?: string | undefined;
}

export function SectionHeader({ number, total, section, detail }: SectionHeaderProps) {
  return (
    <Text wrap="truncate-end">
      <Text dimColor>{title} · </Text>
      <Text bold>
        {number}/{total} {section}
      </Text>
      {detail ? <Text> · {detail}</Text> : null}
    </Text>
  );
}
