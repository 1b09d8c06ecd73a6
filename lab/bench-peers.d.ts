// The benchmark's peers that ship no types: only what lab/bench/systems.ts calls.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    addDocument(document: string | string[], key?: string): void;
    tfidfs(terms: string | string[]): number[];
  }
}
declare module 'wink-bm25-text-search' {
  interface Bm25Engine {
    defineConfig(config: { fldWeights: Record<string, number> }): boolean;
    definePrepTasks(tasks: Array<(input: never) => unknown>): number;
    addDoc(document: Record<string, string>, id: string | number): number;
    consolidate(): boolean;
    search(text: string, limit?: number): Array<[string, number]>;
  }
  export default function bm25(): Bm25Engine;
}
declare module 'wink-nlp-utils' {
  type Task = (input: never) => unknown;
  const utils: {
    string: { lowerCase: Task; removeExtraSpaces: Task; tokenize0: Task };
    tokens: { removeWords: Task; stem: Task };
  };
  export default utils;
}
