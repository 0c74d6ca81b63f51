// Recording news from the line mode's home: the steps of src/session/news.ts as numbered
// choices ("<" goes back to home). Returns what to record, or null when cancelled; the session
// core records it.
import type { Interview } from '../model/types.js';
import { FIRST_NEWS_STEP, answerNews, isNewsResult, newsQuestion, type NewsResult, type NewsStep } from '../session/index.js';
import { BACK, type Prompter } from './prompter.js';

export async function askNews(interview: Interview, prompter: Prompter): Promise<NewsResult | null> {
  let step: NewsStep = FIRST_NEWS_STEP;
  for (;;) {
    const { question, options } = newsQuestion(step, interview);
    const picked = await prompter.choose(question, options, options[0]?.value);
    if (picked === BACK) return null;
    const next = answerNews(step, picked);
    if (isNewsResult(next)) return next;
    step = next;
  }
}
