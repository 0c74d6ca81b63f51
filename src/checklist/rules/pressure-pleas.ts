// tone-impatient's broad tier, part two: pressure said softly, each a shape of English rather
// than a stock phrase. Pleading ("please, please"), a vigil kept at the reader ("I'll keep my
// phone on all weekend", "I've been sitting by the phone"), the writer's bind laid on the reader
// ("every day without news is a day I can't plan", "my lease runs out", "I can't keep turning
// down shifts while I wait"), the least asked for as a reproach ("could you at least tell me"),
// a promised day held against today ("I was told I'd hear by Tuesday, and it's now Friday"),
// and the worst assumed out loud. Matched on the lower-cased sentence; warnings only.

export const PRESSURE_PLEAS: readonly string[] = [
  // Pleading
  String.raw`\bplease\s*,?\s+(?:oh\s+)?please\b|\bi(?:'m|\s+am)\s+(?:begging|pleading)\b|\bi\s+(?:beg|implore)\s+you\b`,
  // A vigil kept at the reader
  String.raw`\b(?:keep|keeping|kept|have|leave|leaving)\s+my\s+(?:phone|mobile|cell|ringer|notifications)\s+(?:on|nearby|next\s+to\s+me|by\s+me|close|loud|turned\s+up)\b`,
  String.raw`\b(?:sitting|sat|waiting|glued)\s+(?:right\s+)?(?:by|next\s+to|to)\s+(?:the|my)\s+(?:phone|inbox|laptop|e-?mail|screen)\b`,
  String.raw`\b(?:check(?:ing|ed)?|refresh(?:ing|ed)?|watch(?:ing|ed)?|star(?:ing|ed)\s+at)\s+my\s+(?:phone|inbox|e-?mails?|voicemail)\s+(?:all|every|constantly|non-?stop|hourly|each)\b`,
  // The writer's bind laid on the reader
  String.raw`\b(?:every|each)\s+(?:day|week|hour)\s+(?:without\s+(?:news|word|an?\s+(?:answer|update|reply|decision))|that\s+(?:passes|goes\s+by)|i\s+(?:wait|don't\s+hear))\b`,
  String.raw`\b(?:can't|cannot|can\s+not)\s+keep\s+\w+ing\b[^.!?\n]{0,50}?\b(?:while|until|waiting|wait)\b`,
  String.raw`\b(?:as|because|since|with)\s+my\s+(?:lease|rent|visa|savings|notice\s+period|current\s+contract|contract|permit|tenancy|childcare)\s+(?:runs?\s+out|expires?|ends?|is\s+(?:up|due|ending|running\s+out))\b`,
  // Planning is the writer's need only when said as one: "so I can plan my January" is a plain reason.
  String.raw`\b(?:so|because|as)\s+i\s+(?:can|could)\s+(?:finally\s+)?(?:stop\s+waiting|move\s+on|tell\s+the\s+other|decide\s+on\s+the\s+other)\b|\b(?:so|because|as)\s+i\s+(?:need\s+to|have\s+to|must)\s+(?:finally\s+)?(?:stop\s+waiting|plan\s+my|make\s+plans|move\s+on|tell\s+the\s+other|give\s+notice|decide\s+on\s+the\s+other)\b`,
  // The least asked for, as a reproach
  String.raw`\b(?:could|can|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?at\s+least\s+(?:tell|let|give|send|reply|respond|answer|acknowledge|confirm|have\s+the\s+courtesy)\b|\bat\s+least\s+(?:have\s+the\s+(?:courtesy|decency)|acknowledge|reply|respond)\b`,
  // A promised day held against today: "I was told I'd hear by Tuesday, and it's now Friday"
  String.raw`\b(?:told|said|promised|assured|expected|supposed)\b[^.!?\n]{0,50}?\b(?:by|on|before)\s+(?:\w+day|the\s+\d{1,2}(?:st|nd|rd|th)?|\w+\s+\d{1,2})\b[^.!?\n]{0,20}?\b(?:it(?:'s|\s+is)\s+now|today\s+is|now\s+it's|and\s+still|yet\s+(?:still|nothing|no))\b`,
  // Something, anything, before a time of the writer's choosing: "hearing something before the weekend, one way or the other"
  String.raw`\b(?:hear(?:ing)?|get(?:ting)?|receive|receiving)\s+(?:something|anything|some\s+news|news|word)\b[^.!?\n]{0,30}?\b(?:before|by|this)\s+(?:the\s+)?(?:weekend|week|end\s+of|tomorrow|tonight|today|\w+day)\b|\bone\s+way\s+or\s+(?:the\s+)?other\b[^.!?\n]{0,30}?\b(?:today|tomorrow|this\s+week|by|before|soon|now)\b`,
  String.raw`\b(?:help|helpful|useful)\s+(?:for\s+)?me\s+to\s+(?:know|hear|have\s+an\s+answer)\s+(?:\w+\s+)?(?:this|by|before|today|tomorrow|soon)\b`,
  // Chasing counted: "I've now written four times without a reply", "this is the third time I've called"
  String.raw`\bi(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:written|e-?mailed|called|rung|phoned|messaged|texted|tried|chased|asked|followed\s+up|left\s+(?:\w+\s+)?(?:messages|voicemails))\s+(?:to\s+)?(?:you\s+)?(?:\w+\s+)?(?:two|three|four|five|six|several|many|multiple|\d+)\s+times\b`,
  // The wait suffered, out loud: "frustrating to be left in the dark this long"
  String.raw`\b(?:be|being|been|am|was|feel|felt)\s+(?:\w+\s+)?left\s+(?:waiting|wondering|guessing|hanging|in\s+the\s+dark|in\s+limbo|on\s+tenterhooks)\b|\bfrustrat\w*\b[^.!?\n]{0,40}?\b(?:wait\w*|silence|no\s+(?:word|reply|news|answer)|this\s+long|so\s+long|hear\w*\s+nothing)\b`,
  // A promise held against the silence: "you promised a decision last Friday and I still have nothing"
  String.raw`\bstill\s+(?:have|got|had|has)\s+(?:nothing|no\s+(?:word|news|answer|reply|response|update|decision|idea))\b|\b(?:promised|said|told\s+me|assured\s+me)\b[^.!?\n]{0,50}?\b(?:and|but|yet)\s+(?:i\s+)?(?:still\s+(?:have|haven't|got|no|nothing)|nothing|no\s+word|here\s+we\s+are)\b`,
  // The least asked for as a due: "surely a yes or no isn't too much to ask", "the least the court owes me"
  String.raw`\b(?:isn't|is\s+not|not|hardly)\s+too\s+much\s+to\s+ask\b|\bthe\s+(?:very\s+)?least\s+(?!i\b|we\b)(?:\w+\s+){1,3}?(?:owes?|could\s+do|can\s+do|should\s+do)\b`,
  String.raw`\bi\s+(?:fully\s+|do\s+|will\s+)?expect\s+(?:to\s+(?:receive|get|have|see)\s+(?:it|this|that|them|one|an?\s+\w+|(?:your|the)\s+\S+|something)|(?:it|this|that|them|one)\s+(?:by|before|within))\b[^.!?\n]{0,30}?\b(?:by|before|within|this\s+week|today|tomorrow|\w+day)\b`,
  // The worst assumed out loud
  String.raw`\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+can\s+only)\s+(?:just\s+)?(?:assume|fear|expect)\s+the\s+worst\b`,
];
