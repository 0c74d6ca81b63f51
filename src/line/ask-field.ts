// One question of the step table, asked line by line. The field's own label, hint, validator and
// preview come from src/session; this file only turns them into prompts and returns the action
// the reducer takes, so both modes keep exactly the same answers.
import type { ChoiceField, Field, ListField, SessionAction, SessionContext, SessionState, TextField } from '../session/index.js';
import { choiceDefault, editTopic, hintOf, labelOf, tidy } from '../session/index.js';
import { messages } from './messages.js';
import { BACK, type Prompter } from './prompter.js';

export type Reduce = (state: SessionState, action: SessionAction) => SessionState;

export interface AskDeps {
  readonly prompter: Prompter;
  readonly reduce: Reduce;
  readonly session: SessionContext;
  /** Saves a list as it grows (each topic added), before the question is over. */
  readonly keep?: (value: readonly string[]) => Promise<void>;
}

export async function askField(field: Field, state: SessionState, deps: AskDeps): Promise<SessionAction> {
  const hint = hintOf(field, state.answers, state.position.index);
  if (hint) deps.prompter.print(messages.hint(hint));
  switch (field.kind) {
    case 'text':
      return askText(field, state, deps);
    case 'choice':
      return askChoice(field, state, deps);
    case 'list':
      return askList(field, state, deps);
  }
}

/** What the reducer would say about `value`: the step table is the only judge. */
function problemWith(value: string | readonly string[], state: SessionState, reduce: Reduce): string | undefined {
  return reduce(state, { type: 'answer', value }).error ?? undefined;
}

async function askText(field: TextField, state: SessionState, deps: AskDeps): Promise<SessionAction> {
  const { index } = state.position;
  const current = field.read(state.answers, index);
  const value = await deps.prompter.text(labelOf(field, deps.session, state.answers), current, (typed) =>
    problemWith(typed, state, deps.reduce),
  );
  if (value === BACK) return { type: 'back' };
  // The date and the timeframe say what they were understood as, as the live preview does.
  const preview = field.preview?.(tidy(value), state.answers, deps.session, index);
  if (preview) deps.prompter.print(messages.understood(preview));
  return { type: 'answer', value };
}

async function askChoice(field: ChoiceField, state: SessionState, deps: AskDeps): Promise<SessionAction> {
  const initial = choiceDefault(field, state.answers, state.position.index);
  const value = await deps.prompter.choose(labelOf(field, deps.session, state.answers), field.options, initial);
  return value === BACK ? { type: 'back' } : { type: 'answer', value };
}

async function askList(field: ListField, state: SessionState, deps: AskDeps): Promise<SessionAction> {
  const { prompter } = deps;
  let list: readonly string[] = field.read(state.answers, state.position.index);
  while (list.length > 0) {
    prompter.print(messages.topicsSoFar(list));
    const keep = await prompter.choose(
      messages.keepTopics,
      [
        { value: 'keep', label: messages.topicsKeep },
        { value: 'add', label: messages.topicsAdd },
        { value: 'edit', label: messages.topicsEdit },
        { value: 'replace', label: messages.topicsReplace },
      ] as const,
      'keep',
    );
    if (keep === BACK) return { type: 'back' };
    if (keep === 'keep') return { type: 'answer', value: list };
    if (keep === 'add') break;
    if (keep === 'replace') list = [];
    else {
      list = await changeTopic(field, list, prompter);
      await deps.keep?.(list);
    }
  }
  prompter.print(messages.hint(field.label));
  for (;;) {
    const item = await prompter.text(messages.topic(list.length + 1), '', (typed) => {
      const tidied = tidy(typed);
      if (tidied === '') return problemWith(list, state, deps.reduce);
      return field.validateItem(tidied, list);
    });
    if (item === BACK) return { type: 'back' };
    const tidied = tidy(item);
    if (tidied === '') {
      // As the full-screen list shows them: what was kept, most of all after a paste of several.
      if (list.length > 0) prompter.print(messages.topicsSaved(list));
      return { type: 'answer', value: list };
    }
    list = [...list, tidied];
    await deps.keep?.(list);
  }
}

/** One topic changed where it stands (src/session/topic-edit.ts); "<" leaves the list as it was. */
async function changeTopic(field: ListField, list: readonly string[], prompter: AskDeps['prompter']): Promise<readonly string[]> {
  const options = list.map((topic, at) => ({ value: String(at), label: topic }));
  const picked = await prompter.choose(messages.whichTopic, options, '0');
  if (picked === BACK) return list;
  const at = Number(picked);
  const typed = await prompter.text(messages.topicChanged(at + 1), list[at]!, (value) => {
    const edited = editTopic(field, list, at, value);
    return 'problem' in edited ? edited.problem : undefined;
  });
  if (typed === BACK) return list;
  const edited = editTopic(field, list, at, typed);
  return 'topics' in edited ? edited.topics : list;
}
