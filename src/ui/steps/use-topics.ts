// The topics list's keys and state: Enter adds the topic typed (on an empty line, finishes), a
// paste adds one topic per line, Backspace on an empty line removes the last, and Up picks a
// topic to change where it stands (Up and Down move between them, Enter keeps the change, an
// empty one removes the topic, Esc leaves it as it was). Esc on the new-topic line goes back.
import { useCallback, useRef, useState } from 'react';
import { editTopic, tidy, type ListField } from '../../session/index.js';
import { useKeys } from '../keys/use-keys.js';

export interface TopicsOptions {
  readonly field: ListField;
  readonly initial: readonly string[];
  readonly isActive: boolean;
  readonly onSubmit: (topics: readonly string[]) => void;
  readonly onChange: (topics: readonly string[]) => void;
  readonly onBack: (topics: readonly string[]) => void;
}

export function useTopics({ field, initial, isActive, onSubmit, onChange, onBack }: TopicsOptions) {
  const [topics, setTopics] = useState<readonly string[]>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  // The list as last submitted: what to type instead is about it, and goes once it changes.
  const [submitted, setSubmitted] = useState<readonly string[] | null>(null);
  // The topic being changed in place, or null on the new-topic line.
  const [editing, setEditing] = useState<number | null>(null);
  // A new input per added or edited topic starts afresh; the counter is its key.
  const [added, setAdded] = useState(0);
  const typed = useRef('');
  const latest = useRef(topics);
  latest.current = topics;
  const at = useRef(editing);
  at.current = editing;

  const change = useCallback(
    (next: readonly string[]) => {
      latest.current = next;
      setTopics(next);
      onChange(next);
    },
    [onChange],
  );
  const moveTo = useCallback((next: number | null) => {
    at.current = next;
    setEditing(next);
    setProblem(null);
    typed.current = '';
    setAdded((n) => n + 1);
  }, []);

  const submit = useCallback(
    (raw: string) => {
      const item = tidy(raw);
      if (at.current !== null) {
        const edited = editTopic(field, latest.current, at.current, raw);
        if ('problem' in edited) return setProblem(edited.problem);
        change(edited.topics);
        return moveTo(null);
      }
      if (item === '') {
        setSubmitted(latest.current);
        return onSubmit(latest.current);
      }
      const itemProblem = field.validateItem(item, latest.current);
      if (itemProblem !== undefined) return setProblem(itemProblem);
      change([...latest.current, item]);
      moveTo(null);
    },
    [field, onSubmit, change, moveTo],
  );

  // A paste of several lines: one topic per line, as if each had been typed and Enter pressed.
  // The step stays open (a paste never finishes the list); a line that repeats one is left out.
  const addLines = useCallback(
    (lines: readonly string[]) => {
      let next = latest.current;
      let problemSeen: string | null = null;
      for (const item of lines.map(tidy).filter((line) => line !== '')) {
        const itemProblem = field.validateItem(item, next);
        if (itemProblem === undefined) next = [...next, item];
        else problemSeen ??= itemProblem;
      }
      // Saved at once, as a typed topic is: a paste is often the last thing before a crash.
      if (next !== latest.current) change(next);
      moveTo(null);
      setProblem(problemSeen);
    },
    [field, change, moveTo],
  );

  useKeys(
    (_input, key) => {
      const count = latest.current.length;
      if (key.escape && at.current !== null) moveTo(null);
      else if (key.escape) {
        // A topic half typed when Esc is pressed is kept, unless it repeats one already listed.
        const pending = tidy(typed.current);
        const keep = pending !== '' && field.validateItem(pending, latest.current) === undefined;
        onBack(keep ? [...latest.current, pending] : latest.current);
      } else if (key.upArrow && count > 0 && (at.current !== null || typed.current === '')) {
        moveTo(Math.max(0, (at.current ?? count) - 1));
      } else if (key.downArrow && at.current !== null) {
        moveTo(at.current + 1 < count ? at.current + 1 : null);
      } else if ((key.backspace || key.delete) && at.current === null && typed.current === '' && count > 0) {
        change(latest.current.slice(0, -1));
      }
    },
    { isActive },
  );

  const onTyped = useCallback((value: string) => {
    typed.current = value;
  }, []);
  return { topics, problem, submitted, editing, added, submit, addLines, onTyped };
}
