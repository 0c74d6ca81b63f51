// The state of a list to pick one option from, as @inkjs/ui's Select keeps it (2.0.0,
// build/components/select/use-select-state.js): the focused option, the window of options in
// view, and the value picked. Pure, so a burst of keys can be folded one by one.
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectState {
  readonly options: readonly SelectOption[];
  /** How many options are in view at once. */
  readonly count: number;
  /** The index of the focused option, -1 in an empty list. */
  readonly focus: number;
  /** The options in view: from (inclusive) to (exclusive). */
  readonly from: number;
  readonly to: number;
  /** The value picked with Enter, and the one picked before it. */
  readonly value: string | undefined;
  readonly previous: string | undefined;
}

export type SelectAction = 'next' | 'previous' | 'pick';

export function selectState(options: readonly SelectOption[], visibleOptionCount: number): SelectState {
  const count = Math.min(visibleOptionCount, options.length);
  return { options, count, focus: options.length === 0 ? -1 : 0, from: 0, to: count, value: undefined, previous: undefined };
}

/** The window scrolls by one when the focus leaves it (and, going up, when it reaches its top). */
export function selectReducer(state: SelectState, action: SelectAction): SelectState {
  const { focus, from, to, count, options } = state;
  if (focus < 0) return state;
  switch (action) {
    case 'next': {
      if (focus + 1 >= options.length) return state;
      if (focus + 1 < to) return { ...state, focus: focus + 1 };
      const end = Math.min(options.length, to + 1);
      return { ...state, focus: focus + 1, from: end - count, to: end };
    }
    case 'previous': {
      if (focus === 0) return state;
      if (focus - 1 > from) return { ...state, focus: focus - 1 };
      const start = Math.max(0, from - 1);
      return { ...state, focus: focus - 1, from: start, to: start + count };
    }
    case 'pick':
      return { ...state, previous: state.value, value: options[focus]?.value };
  }
}
