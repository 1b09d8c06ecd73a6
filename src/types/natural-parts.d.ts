// natural's package root loads storage adapters (mongoose, pg, redis) and dotenv, costing ~1 s
// and printing to stdout. We import only the files we use; these declarations type them.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  export default class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(
    source: string,
    target: string,
    options?: { restricted?: boolean },
  ): number;
}
