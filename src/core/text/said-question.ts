// "what did peskov say about the claims?", "how did the kremlin respond?": a question about someone's
// words, whose answer is a quotation. Quote selection (select-quote.ts, withQuotation) then takes in the
// quoted sentence that follows the one naming the speaker.
const ASKS_WHAT_WAS_SAID =
  /\b(?:what|how)\b.*\b(?:say|said|says|saying|tell|told|tells|respond|responded|react|reacted|comment|commented|claim|claimed|reply|replied|answer|answered|deny|denied|explain|explained)\b/i;

export function asksWhatWasSaid(question: string): boolean {
  return ASKS_WHAT_WAS_SAID.test(question);
}
