// Chat shorthand: what members type in a Discord channel ("abt", "b4", "govt", "nyt") for the words a
// news article spells out. Spelling correction cannot recover these (they are not one or two edits away
// from their words), WordNet and the word vectors know few of them, and left alone each one weighs as
// much as the corpus's rarest name, because the corpus never uses it. analyzeQuestion reads the words
// for a shorthand the corpus does not itself use, and shows the substitution like a spelling correction.
//
// The list is general texting and news-chat usage, written from common knowledge rather than from any
// question set. Asides and interjections ("tbh", "lol", "wtf") stand for nothing: the word vectors do not
// place them near the stopwords, so function-likeness kept them as subject words. Left out on purpose:
// forms that are also ordinary words or other acronyms ("cos", "sec" for the SEC, "mo" for Missouri,
// "fed", "min", "yr" for "your"), and single letters ("u", "w", "r"), which the tokenizer already leaves
// out. A letter held down ("whooo") is read as the word it stretches (collapseElongation).
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  // Function words and chat phrases: most become stopwords and simply stop counting as unknown.
  ['abt', 'about'],
  ['bc', 'because'],
  ['bcuz', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['altho', 'although'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['wen', 'when'],
  ['whr', 'where'],
  ['ur', 'your'],
  ['ya', 'you'],
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['lemme', 'let me'],
  ['gimme', 'give me'],
  // Asides that say nothing about the subject: read as nothing ("tbh" is not a question about honesty).
  ['idk', ''],
  ['dunno', ''],
  ['imo', ''],
  ['imho', ''],
  ['tbh', ''],
  ['tbf', ''],
  ['ngl', ''],
  ['rn', ''],
  ['btw', ''],
  ['fyi', ''],
  ['afaik', ''],
  ['iirc', ''],
  ['smth', ''],
  ['sth', ''],
  ['pls', ''],
  ['plz', ''],
  ['thx', ''],
  ['thanks', ''],
  ['thank', ''],
  ['cheers', ''],
  ['ty', ''],
  ['lol', ''],
  ['lmao', ''],
  ['lmfao', ''],
  ['rofl', ''],
  ['omg', ''],
  ['wtf', ''],
  ['tf', ''],
  ['smh', ''],
  ['ikr', ''],
  ['jk', ''],
  ['ofc', ''],
  ['fr', ''],
  ['bruh', ''],
  // Nouns of everyday chat.
  ['ppl', 'people'],
  ['peeps', 'people'],
  ['info', 'information'],
  ['approx', 'approximately'],
  ['hq', 'headquarters'],
  // Politics and news.
  ['gov', 'government'],
  ['admin', 'administration'],
  ['intel', 'intelligence'],
  ['gop', 'republican party'],
  ['pres', 'president'],
  ['potus', 'president'],
  ['veep', 'vice president'],
  ['natsec', 'national security'],
  ['natl', 'national'],
  ['intl', 'international'],
  ['nyt', 'new york times'],
  ['wapo', 'washington post'],
  ['wsj', 'wall street journal'],
  ['nyc', 'new york city'],
  ['ny', 'new york'],
]);

/** Shorthand for a countable noun: these also take a plural "s" ("govts", "convos", "dems"). */
const COUNTABLE: ReadonlyMap<string, string> = new Map([
  ['convo', 'conversation'],
  ['msg', 'message'],
  ['pic', 'picture'],
  ['biz', 'business'],
  ['corp', 'corporation'],
  ['dept', 'department'],
  ['wk', 'week'],
  ['bn', 'billion'],
  ['govt', 'government'],
  ['gvt', 'government'],
  ['dem', 'democrat'],
  ['prez', 'president'],
  ['vp', 'vice president'],
  ['secy', 'secretary'],
  ['amb', 'ambassador'],
  ['sen', 'senator'],
  ['repub', 'republican'],
]);

/**
 * The words a chat shorthand stands for ("govt" → "government"; a countable noun's plural "govts" →
 * "governments"; an aside, "tbh", stands for nothing: ''), or null when the word is not one. `word` is a
 * normalised (lower-case) token.
 */
export function expandShorthand(word: string): string | null {
  const words = SHORTHAND.get(word) ?? COUNTABLE.get(word);
  if (words !== undefined) return words;
  // Only the countable nouns take a plural: "press" is not the plural of "pres".
  const singular = word.endsWith('s') ? COUNTABLE.get(word.slice(0, -1)) : undefined;
  return singular === undefined ? null : `${singular}s`;
}

/**
 * The text with each chat shorthand word that `isKnown` does not accept replaced by its words, lower
 * case ("what do occupy dems say" → "what do occupy democrats say"): for matching names in a question.
 */
export function expandShorthandInText(text: string, isKnown: (word: string) => boolean): string {
  return text.toLowerCase().replace(/[a-z0-9]+/g, (word) => (isKnown(word) ? word : (expandShorthand(word) ?? word)));
}

/**
 * A word typed with a letter held down ("whooo", "sooooo", "carterrr") as the spellings it may stand for:
 * each run of three or more of a letter as two, then as one ("whoo", "who"). Empty when it has no such run.
 */
export function collapseElongation(word: string): string[] {
  if (!/(\p{L})\1\1/u.test(word)) return [];
  return [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1{2,}/gu, '$1')];
}
