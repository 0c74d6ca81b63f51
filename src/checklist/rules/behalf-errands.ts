// third-party's broad tier, part two: an errand run for the writer by someone else, whoever they
// are. The writer setting someone on the reader ("I'll have my old principal send you a note",
// "I'll get my manager to ring you"), and someone who said they would carry the application or
// the name to the reader ("said she'd walk my CV over to you", "said he'd put my name forward
// with you"). Found by the errand, not by who runs it: any noun or name will do. A reference
// offered for the reader to take up is not one (third-party.ts). Warnings only.

/** Someone other than the writer, after "have" or "get": "my old principal", "a colleague of mine". */
const SOMEONE = '(?:my|a|an|one\\s+of\\s+my|our)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+';

/** What the errand does to the reader: writes, calls, visits, speaks up. */
const ERRAND =
  '(?:send|write|e-?mail|call|ring|phone|text|message|contact|reach\\s+out|drop\\s+(?:you|by|in)|stop\\s+by|swing\\s+by|pop\\s+(?:in|by)|visit|speak|talk|vouch|mention|put\\s+in|get\\s+in\\s+touch|follow\\s+up|check\\s+in)';

export const BEHALF_ERRANDS: readonly string[] = [
  // "I'll have my old principal send you a note", "I'm going to get my manager to call you"
  `\\bI(?:'ll|\\s+will|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+can|\\s+could|'d|\\s+would|\\s+plan\\s+to|\\s+thought\\s+I'?d|'ve|\\s+have)\\s+(?:also\\s+|just\\s+)?(?:have|get|got|had|ask|asked)\\s+(?:${SOMEONE})\\s+(?:to\\s+)?${ERRAND}\\b[^.!?\\n]{0,40}?\\b(?:you|your|the\\s+(?:team|panel|office|manager|director|chef|principal))\\b`,
  // "said she'd walk my CV over to you", "said he'd put my name forward with you"
  "\\b(?:he|she|they)(?:'d|'ll|\\s+would|\\s+will|\\s+is\\s+going\\s+to|\\s+are\\s+going\\s+to)\\s+(?:happily\\s+|gladly\\s+|personally\\s+)?(?:walk|take|carry|hand|pass|bring|send|forward|slip|put|run)\\s+my\\s+(?:cv|resume|résumé|name|portfolio)\\s+(?:over|along|forward|across|up|in)?\\s*(?:to|with|for)\\s+(?:you|your|the\\s+(?:team|panel|manager|director|chef|office|partners?))\\b",
  "\\b(?:he|she|they)(?:'d|'ll|\\s+would|\\s+will)\\s+(?:put\\s+my\\s+name\\s+forward|mention\\s+(?:me|my\\s+name)|bring\\s+(?:me|my\\s+name)\\s+up|vouch\\s+for\\s+me|speak\\s+up\\s+for\\s+me|recommend\\s+me)\\s+(?:to|with)\\s+(?:you|your|the\\s+\\w+)\\b",
];
