// "who is kislyak?", "so who's sechin then", "who was the campaign chairman": a question asking who
// someone is. A news article introduces a person where it first names them ("Russian Ambassador Sergei
// Kislyak", "Igor Sechin, a long-time Putin adviser"); later paragraphs only use the name, and the
// shortest of those wins on term weight alone ("…an independent investigation into Flynn's
// communications."). rank.ts puts each document's introduction first for such a question.
const ASKS_WHO_IS =
  /^\s*(?:(?:so|ok|okay|and|but|wait|hey|quick question)[\s,:]+)*who(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s/i;

/** Whether the question asks who someone is (its subject must still be a short name: see analyze-question.ts). */
export function asksWhoIs(question: string): boolean {
  return ASKS_WHO_IS.test(question);
}
