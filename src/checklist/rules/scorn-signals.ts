// tone-scathing's broad tier, second half: the devices of scorn that carry no word of judgement
// at all, each a sentence shape from general English. Incredulity at what the reader's side
// failed to do ("surprised that nobody ..."), a sarcastic "congratulations on finding someone
// cheaper", "I'm sure you know best", the reader's practice said to be years behind, a thing
// that "tells me more about the list than about my palate", questions "a bit basic for someone
// with eight years", "it would have been nice to be told", "someone who is actually organised",
// a tag like "is all I'm saying". Matched on the lower-cased sentence; warnings only.

const REACHED = '[^.!?\\n]{0,80}?';

export const SCORN_SIGNALS: readonly RegExp[] = [
  // Incredulity or dismay at what the reader's side did not do
  new RegExp(
    `\\b(?:surpris(?:ed|ing)|astonish(?:ed|ing)|shock(?:ed|ing)|baffl(?:ed|ing)|puzzl(?:ed|ing)|stunned|staggered|disappointed|dismayed)\\s+(?:\\S+\\s+){0,2}?(?:that\\s+)?(?:nobody|no\\s+one|none|you|your|the|they|anyone)\\b${REACHED}\\b(?:not|n't|never|nobody|no\\s+one|cannot)\\b`,
  ),
  /\b(?:surprising|astonishing|shocking|baffling)\s+(?:that\s+)?(?:nobody|no\s+one|none\s+of)\b/,
  // Whoever they hire, measured against the writer
  new RegExp(
    `\\bwhoever\\s+(?:you|they|the\\s+\\w+)\\s+(?:\\S+\\s+)?(?:hire[sd]?|select(?:ed|s)?|choose|chose|chosen|pick(?:ed|s)?|appoint(?:ed|s)?|went\\s+with|go\\s+with|took\\s+on|take\\s+on|brought\\s+in|bring\\s+in|offered|end(?:ed)?\\s+up\\s+with)\\b${REACHED}\\b(?:as\\s+much\\s+as|half\\s+as|as\\s+well\\s+as|better\\s+than|actually|at\\s+least|luck)\\b`,
  ),
  // Sarcastic congratulations on the choice, and the choice belittled
  /\bcongratulations\s+on\s+(?:finding|hiring|choosing|picking|getting|landing|securing)\s+(?:someone|somebody|a\s+candidate)\b/,
  /\b(?:someone|somebody|a\s+candidate)\s+(?:cheaper|younger|less\s+(?:experienced|qualified)|more\s+junior|with\s+(?:less|fewer)\s+\w+)\b/,
  // Deference that means its opposite
  /\b(?:i'm|i\s+am)\s+sure\s+(?:that\s+)?(?:you|they|the\s+\w+|your\s+\w+)\s+(?:know|knows|knew)\s+(?:best|better|what\s+(?:you're|they're|you\s+are|they\s+are)\s+doing)\b/,
  /\bi\s+have\s+(?:my|serious|real|grave|some)\s+doubts\b/,
  /\b(?:a\s+lot|too\s+much|much)\s+to\s+ask\s+(?:of|from)\s+(?:a|an|the|your|you|them)\b|\bis\s+(?:it|that)\s+(?:really\s+)?too\s+much\s+to\s+ask\b/,
  // Able to do one thing, not the simplest: "can cruise four thousand acres but can't manage an e-mail"
  /\b(?:that|which|who|you|they)\s+(?:can|could)\s+[^.!?\n]{1,60}?\bbut\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|doesn't|don't|didn't)\s+(?:even\s+)?(?:manage|send|answer|return|reply|respond|organi[sz]e|find|make|get|keep|schedule|write|pick\s+up|call)\b/,
  // The blame turned back: "tells me more about the list than about my palate"
  /\b(?:tells?|told|says?|said|shows?|showed|reveals?|revealed)\s+(?:me\s+|us\s+|you\s+)?(?:far\s+|a\s+lot\s+|much\s+)?more\s+about\s+(?:the|your|you|them|their|this|that)\b[^.!?\n]{0,60}?\bthan\b/,
  // Beneath the writer: "a bit basic for someone with eight years"
  /\b(?:basic|simplistic|elementary|junior|entry-level|remedial|rudimentary)\s+for\s+(?:someone|somebody|a\s+(?:person|candidate|professional)|me|my\s+level|an?\s+\w+\s+(?:with|of|like))\b/,
  // Reproach: "it would have been nice to be told"
  /\bit\s+would\s+have\s+been\s+(?:nice|good|courteous|polite|decent|considerate|professional|kind)\s+(?:to|if|of)\b/,
  // Moral disappointment: "a tradition I'd hoped the brewery was above"
  /\b(?:hoped|thought|expected|assumed|believed)\s+(?:\S+\s+){0,3}?(?:was|were|would\s+be|is|are)\s+above\b/,
  // Insinuation: "I guess the real requirement was ...", "I guess my application is not as important as ..."
  new RegExp(
    `\\bi\\s+(?:guess|suppose|gather|take\\s+it)\\b${REACHED}\\b(?:the\\s+real|a\\s+nice\\s+(?:extra|bonus)|what\\s+(?:really|actually)\\s+matters|not\\s+as\\s+important\\s+as|more\\s+important\\s+than|counts?\\s+for\\s+more|matters?\\s+more)\\b`,
  ),
  /\bwhatever\s+(?:\S+\s+)?that\s+(?:was|were)\b/,
  // Others implied wanting: "someone who is actually organised", "the people who actually do it"
  /\b(?:someone|somebody|a\s+person|people|the\s+ones|those|anyone)\s+who\s+(?:is\s+|are\s+|was\s+|were\s+|can\s+|could\s+)?actually\b/,
  /\b(?:always|all|usually)\s+(?:think|thinks|believe|believes|assume|assumes)\s+(?:they|he|she|you)\s+knows?\b[^.!?\n]{0,40}?\bbetter\b/,
  // Their practice out of date
  /\b(?:years|decades|a\s+decade|way|far|miles|badly|sadly|woefully)\s+behind\s+(?:what|the|other|most|everyone|current|modern|best|where|industry)\b|\bbehind\s+the\s+times\b|\bout\s+of\s+touch\b|\bstuck\s+in\s+the\s+(?:past|\d{2,4}s)\b/,
  // Their standards held low: "I'd never do it the way one of your artists did"
  /\b(?:never|wouldn't|would\s+not|won't)\b[^.!?\n]{0,60}?\bthe\s+way\s+(?:one\s+of\s+)?(?:your|the|their)\s+\S+\s+(?:did|do|does|was|were)\b/,
  // Tags of a pointed remark
  /\b(?:is\s+all\s+i'm\s+saying|i'm\s+just\s+saying|just\s+saying)\b/,
];
