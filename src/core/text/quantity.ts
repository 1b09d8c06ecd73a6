// Answer-type checking for the two types a paragraph visibly lacks or has: a count ("how many times did
// Flynn talk to Kislyak?") and a sum of money ("how much money has Page made off his Gazprom shares?").
// A paragraph on the right subject that states no number ("Page has extensive financial interests in
// Russia, notably in Gazprom") does not answer either; classic QA systems check the expected answer type
// for the same reason. Other "how much" questions are left alone: their answers are as often words as
// numbers ("how much support…" — "little").
//
// Deliberately generous on the paragraph side, since a miss here refuses an answer: any number word,
// "both", "several", "a single", "none", and for a count how often ("frequently", "never"); only a year is not a count ("how many times…" is not
// answered by "in 2016"), so a four-digit 1500-2099 after "in", "since", "by"… or a month is skipped.

const ASKS_FOR_COUNT = /\bhow\s+many\b|\bwhat\s+(?:is\s+the\s+)?number\s+of\b/i;
/** "how much money…", "how much did it cost…", "how much does a … earn". */
const ASKS_FOR_MONEY =
  /\bhow\s+much\s+(?:money|cash|revenue|funding|profit|income|debt|did|does|do|is|was|were|has|have|had|would|will|could)\b[^?]*?\b(?:cost|costs|pay|paid|earn|earned|earns|make|made|makes|worth|spend|spent|charge|charged|raise|raised|receive|received|money|cash|sell|sold|owe|owed|donate|donated|invest|invested)\b/i;

const COUNT_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion trillions dozen dozens twice thrice once single none both pair ' +
    'couple several few many numerous multiple half percent ' +
    // "how many times did Page visit Moscow?" is answered by "he has frequently visited Moscow".
    'frequently repeatedly often regularly constantly occasionally rarely never'
  ).split(' '),
);
const MONEY_WORDS = new Set(
  'dollar dollars ruble rubles rouble roubles euro euros pound pounds cent cents yen million millions billion billions thousand thousands hundred hundreds free nothing'.split(
    ' ',
  ),
);
const YEAR_BEFORE = new Set(
  'in since by until till from to of during before after early late mid around circa january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const TOKEN = /[a-z]+|\d[\d.,]*/g;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

export type QuantityType = 'count' | 'money';

/** The quantity the question asks for, if it asks for one. */
export function askedQuantity(question: string): QuantityType | null {
  if (ASKS_FOR_COUNT.test(question)) return 'count';
  if (ASKS_FOR_MONEY.test(question)) return 'money';
  return null;
}

/** Whether the text states a quantity of the type: a number other than a year, or a word for one. */
export function statesQuantity(text: string, type: QuantityType): boolean {
  if (type === 'money' && /[$€£¥]/.test(text)) return true;
  if (type === 'count' && /%/.test(text)) return true;
  const words = type === 'count' ? COUNT_WORDS : MONEY_WORDS;
  let previous = '';
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const token = match[0];
    if (/^\d/.test(token)) {
      const number = token.replace(/[.,]+$/, '');
      if (!(YEAR.test(number) && YEAR_BEFORE.has(previous))) return true;
    } else if (words.has(token)) return true;
    previous = token;
  }
  return false;
}
