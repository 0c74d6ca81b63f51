// Recording news from the line mode's home: the steps of src/session/news.ts as numbered
// choices ("<" goes back to home). Returns the interview as stored, or null when cancelled.
import type { Interview } from '../model/types.js';
import { FIRST_NEWS_STEP, answerNews, isNewsResult, newsMessages, newsQuestion, type NewsStep } from '../session/index.js';
import type { SessionDeps } from '../session/effects.js';
import { BACK, type Prompter } from './prompter.js';

export async function askNews(interview: Interview, prompter: Prompter, deps: SessionDeps): Promise<Interview | null> {
  let step: NewsStep = FIRST_NEWS_STEP;
  for (;;) {
    const { question, options } = newsQuestion(step, interview);
    const picked = await prompter.choose(question, options, options[0]?.value);
    if (picked === BACK) return null;
    const next = answerNews(step, picked);
    if (!isNewsResult(next)) {
      step = next;
      continue;
    }
    const { interview: changed, next: line } = await deps.recordNews(interview, next);
    prompter.print(
      next.type === 'outcome'
        ? newsMessages.recordedOutcome(changed.company, next.status, line)
        : newsMessages.recordedSent(next.kind, next.to, line),
    );
    return changed;
  }
}
