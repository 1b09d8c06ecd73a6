// The fast path may only ever agree with the full YAML + zod path, or step aside. These tests feed both
// the same generated front matter, near-misses included, and require agreement whenever the fast path
// answers; and they check it does answer for the files we actually have, or it would be no faster.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus, renderCorpusFile } from '../../lab/bench/synthetic-corpus.js';
import { parseFrontMatterFully, splitFrontMatter } from '../../src/corpus/front-matter.js';
import { parseSimpleFrontMatter } from '../../src/corpus/simple-front-matter.js';
import { CORPUS_DIR } from '../support/real-corpus.js';

const yamlOf = (file: string): string => {
  const split = splitFrontMatter(file);
  if (split.kind !== 'ok') throw new Error('test file without front matter');
  return split.yaml;
};

// Pieces chosen to sit on the edges of the subset: YAML words that are not strings, indicators,
// escapes, comments, padding, tabs, colons, empty strings, unicode.
const usualWord = fc.constantFrom(
  'The Times', 'Ana Ruiz', 'null', '"quoted"', '"  padded  "', 'O’Brien', 'Trump’s Team', '"a" # comment',
  '"Now Reading"', 'Q&A (live)', 'D.C.', 'ü', '"Trump\'s Team — Reports"',
);
const edgeWord = fc.constantFrom(
  'Null', '~', 'true', 'yes', 'No', 'on', '123', '1e3', '.nan', 'a: b', 'a #b', 'a#b', '"with \\"escape\\""', '""',
  '" "', "'single'", 'x ', ' x', '-dash', '"a"#c', '[a]', '{a: 1}', '&anchor', '*alias', '!tag', '|', '>', '\t',
  '2020-01-01', 'https://example.com', '"https://example.com"', '"a" "b"', '% x', '@x', '`x`', 'x:',
);
const word = fc.oneof({ arbitrary: usualWord, weight: 4 }, { arbitrary: edgeWord, weight: 1 });
const key = fc.constantFrom('outlet', 'title', 'author', 'url', 'published', 'exclude', 'Outlet', 'extra');
const line = fc.oneof(
  fc.tuple(key, word).map(([k, v]) => `${k}: ${v}`),
  key.map((k) => `${k}:`),
  fc.tuple(fc.constantFrom(' ', '  ', '    ', ''), word).map(([indent, v]) => `${indent}- ${v}`),
  fc.constantFrom('# a comment', '  # indented comment', '', '---', '...', 'outlet:  two spaces', 'title:"x"'),
);
const usualHead = fc.tuple(word, word, word).map(([o, t, a]) => [`outlet: ${o}`, `title: ${t}`, `author: ${a}`]);
const frontMatter = fc
  .tuple(usualHead, fc.array(line, { maxLength: 4 }), fc.boolean())
  .chain(([head, rest, shuffle]) => (shuffle ? fc.shuffledSubarray([...head, ...rest]) : fc.constant([...head, ...rest])))
  .map((lines) => lines.join('\n'));

describe('the front matter fast path', () => {
  it('returns what YAML + zod return whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(frontMatter, (yaml) => {
        const fast = parseSimpleFrontMatter(yaml);
        if (fast === undefined) return;
        answered += 1;
        expect(parseFrontMatterFully(yaml)).toEqual({ kind: 'ok', metadata: fast });
      }),
      { numRuns: 3000 },
    );
    // Or the property would hold by the fast path never answering.
    expect(answered).toBeGreaterThan(100);
  });

  it('answers for every bundled corpus file, exactly as the full path does', () => {
    for (const name of readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.md'))) {
      const yaml = yamlOf(readFileSync(join(CORPUS_DIR, name), 'utf8'));
      const fast = parseSimpleFrontMatter(yaml);
      expect(fast, name).toBeDefined();
      expect(parseFrontMatterFully(yaml)).toEqual({ kind: 'ok', metadata: fast });
    }
  });

  it('answers for the outlet/title/author files that large generated corpora use', () => {
    for (const document of generateCorpus({ paragraphs: 200 })) {
      const yaml = yamlOf(renderCorpusFile(document));
      expect(parseSimpleFrontMatter(yaml)).toEqual({
        outlet: document.outlet,
        title: document.title,
        author: document.author,
        url: null,
        published: null,
        exclude: [],
      });
    }
  });

  it('steps aside for dates, addresses, escapes and YAML it does not read', () => {
    for (const yaml of [
      'outlet: A\ntitle: B\npublished: 2020-01-01',
      'outlet: A\ntitle: B\nurl: https://example.com',
      'outlet: A\ntitle: "B \\"C\\""',
      'outlet: A\ntitle: yes: no',
      'outlet: A\ntitle: B\noutlet: C',
      'outlet: A',
    ])
      expect(parseSimpleFrontMatter(yaml), yaml).toBeUndefined();
  });
});
