import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseCorpusFile } from '../../src/corpus/load-corpus.js';
import { extractHtml } from '../../src/import/extract-html.js';
import { extractMarkdown, extractText } from '../../src/import/extract-text.js';
import { makeDocumentId, toCorpusFile } from '../../src/import/to-corpus-file.js';
import { EMPTY_METADATA, type ExtractedArticle } from '../../src/import/types.js';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

function extractOk(result: ReturnType<typeof extractHtml>): ExtractedArticle {
  if (result.kind !== 'ok') throw new Error(`${result.field}: ${result.message}`);
  return result.article;
}

describe('toCorpusFile', () => {
  it('writes a file the corpus loader reads back: same paragraphs, furniture excluded', () => {
    const article = extractOk(extractHtml(readFileSync(new URL('harbour-gazette-port-strike.html', PAGES), 'utf8')));
    const id = makeDocumentId(article.metadata);
    expect(id).toBe('harbour-gazette-dockworkers-walk-out-as-port-talks-collapse');
    const file = toCorpusFile(id, article);
    if (file.kind !== 'ok') throw new Error(file.message);
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, `${id}.md`), file.text);
    const [document] = loadCorpus(dir);
    expect(document?.author).toBe('Marta Kovač');
    expect(document?.published).toBe('2024-03-07');
    expect(document?.paragraphs.map((p) => p.text)).toEqual(article.paragraphs);
    const excluded = document?.paragraphs.filter((p) => p.excluded).map((p) => p.ordinal);
    expect(excluded).toEqual(article.furniture.map((f) => f.ordinal));
  });

  it('refuses an article whose outlet is unknown, naming the field', () => {
    const article = extractOk(extractHtml(readFileSync(new URL('bare-notes-page.html', PAGES), 'utf8')));
    expect(toCorpusFile('x', article)).toEqual({ kind: 'invalid', field: 'outlet', message: 'not found on the page' });
  });

  it('round-trips any paragraphs and metadata through the loader unchanged (property)', () => {
    const line = fc
      .string({
        minLength: 1,
        maxLength: 40,
        unit: fc.constantFrom('a', 'B', ' ', '“', '”', '’', '\u00a0', ':', '#', '"', '\\', '-', 'é'),
      })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !/^-+$/u.test(s));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        line,
        fc.option(line),
        (paragraphs, outlet, author) => {
          const article: ExtractedArticle = {
            format: 'text',
            metadata: { ...EMPTY_METADATA, outlet, title: outlet, author },
            paragraphs,
            furniture: [],
          };
          const file = toCorpusFile('doc', article);
          if (file.kind !== 'ok') return false;
          const parsed = parseCorpusFile('doc', new TextEncoder().encode(file.text));
          if (parsed.kind !== 'ok') return false;
          expect(parsed.document.paragraphs.map((p) => p.text)).toEqual(paragraphs);
          expect(parsed.document.outlet).toBe(outlet.replace(/^\s+|\s+$/gu, ''));
          return true;
        },
      ),
    );
  });
});

describe('extractText and extractMarkdown', () => {
  it('takes a short first line as the title and proposes it as the headline', () => {
    const result = extractOk(
      extractText('Port strike enters second week\n\nCranes stood idle.\r\nAgain.\n\nMore text.'),
    );
    expect(result.metadata.title).toBe('Port strike enters second week');
    expect(result.paragraphs).toEqual(['Port strike enters second week', 'Cranes stood idle.\r\nAgain.', 'More text.']);
    expect(result.furniture).toEqual([
      { ordinal: 1, text: 'Port strike enters second week', reason: 'the headline, already the title' },
    ]);
  });

  it('leaves the title null when the first paragraph is a sentence', () => {
    expect(extractOk(extractText('It rained all day.\n\nThen it stopped.')).metadata.title).toBeNull();
  });

  it('keeps a corpus-format file as it is: metadata and exclude', () => {
    const text =
      '---\noutlet: Gazette\ntitle: "A: B"\nauthor: null\nexclude:\n  - "Sponsored"\n---\nOne.\n\nSponsored Links\n\nTwo.\n';
    const result = extractOk(extractMarkdown(text));
    expect(result.format).toBe('corpus');
    expect(result.metadata).toEqual({ outlet: 'Gazette', title: 'A: B', author: null, url: null, published: null });
    expect(result.furniture).toEqual([{ ordinal: 2, text: 'Sponsored Links', reason: 'excluded in the file' }]);
  });

  it('reports a broken corpus file by field', () => {
    expect(extractMarkdown('---\ntitle: x\n---\nbody\n')).toMatchObject({ kind: 'invalid', field: 'outlet' });
  });

  it('reads Markdown without front matter as text, stripping the heading marks from the title only', () => {
    const result = extractOk(extractMarkdown('# River notes\n\nWe walked.\n'));
    expect(result.metadata.title).toBe('River notes');
    expect(result.paragraphs[0]).toBe('# River notes');
  });
});
