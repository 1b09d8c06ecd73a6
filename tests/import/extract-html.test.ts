import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/import/extract-html.js';
import type { ExtractedArticle } from '../../src/import/types.js';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

function extractFixture(name: string, url?: string): ExtractedArticle {
  const result = extractHtml(readFileSync(new URL(name, PAGES), 'utf8'), url === undefined ? {} : { url });
  if (result.kind !== 'ok') throw new Error(`${name}: ${result.field}: ${result.message}`);
  return result.article;
}

function keptParagraphs(article: ExtractedArticle): string[] {
  return article.paragraphs.filter((_, index) => !article.furniture.some((f) => f.ordinal === index + 1));
}

function reasons(article: ExtractedArticle): string[] {
  return article.furniture.map((f) => `${f.ordinal} ${f.reason}`);
}

describe('extractHtml on a full news page (harbour-gazette-port-strike)', () => {
  const article = extractFixture('harbour-gazette-port-strike.html');

  it('reads every metadata field the page declares', () => {
    expect(article.metadata).toEqual({
      outlet: 'The Harbour Gazette',
      title: 'Dockworkers walk out as port talks collapse',
      author: 'Marta Kovač',
      url: 'https://harbourgazette.example/news/2024/03/07/dockworkers-walk-out',
      // the date as the page writes it (+01:00), not moved to UTC
      published: '2024-03-07',
    });
  });

  it('keeps the reporting verbatim: curly quotes and non-breaking spaces as published', () => {
    const kept = keptParagraphs(article);
    expect(kept).toHaveLength(8);
    expect(kept[0]).toMatch(/^Cranes at the Eastern Quay container terminal stood still/u);
    expect(kept).toContain(
      '“We have offered a 6.5\u00a0per cent rise over two years and we stand by it,” said Helena Brandt, the authority’s director of operations. “What the union is asking for would put the terminal’s future at risk.”',
    );
    expect(kept.at(-1)).toMatch(/^The last strike at the terminal, in 2016/u);
  });

  it('leaves navigation, cookie banner, comments, related links and footer out of the body', () => {
    const body = article.paragraphs.join('\n');
    for (const furniture of ['We use cookies', 'Opinion', 'harbourwatcher', 'Vell doubles', 'All rights reserved'])
      expect(body).not.toContain(furniture);
  });

  it('proposes the furniture inside the article for exclusion, with a reason each', () => {
    expect(reasons(article)).toEqual([
      '5 advertisement marker',
      '7 pull quote (page markup)',
      '9 related links',
      '12 donation appeal',
      '13 donation appeal',
    ]);
  });
});

describe('extractHtml on a page with metadata only in JSON-LD (northern-ledger-council-budget)', () => {
  const article = extractFixture('northern-ledger-council-budget.html');

  it('takes outlet, authors and date from the NewsArticle, and ignores a profile URL given as author', () => {
    expect(article.metadata).toEqual({
      outlet: 'The Northern Ledger',
      title: 'Council passes £48m budget after late-night vote',
      author: 'Sam Okafor, Lee Wong',
      url: null,
      published: '2023-02-23',
    });
  });

  it('proposes sponsored markers, the newsletter line, the share bar and the copyright line', () => {
    expect(reasons(article)).toEqual([
      '3 advertisement marker',
      '5 advertisement marker',
      '8 newsletter box',
      '10 advertisement marker',
      '11 share bar',
      '12 copyright line',
    ]);
    expect(keptParagraphs(article)).toHaveLength(6);
  });

  it('uses the address it was fetched from when the page names none', () => {
    const fetched = extractFixture('northern-ledger-council-budget.html', 'https://northernledger.example/p?id=7');
    expect(fetched.metadata.url).toBe('https://northernledger.example/p?id=7');
  });
});

describe('extractHtml on a page that declares nothing (bare-notes-page)', () => {
  const article = extractFixture('bare-notes-page.html');

  it('leaves outlet, author, url and date null rather than guessing', () => {
    expect(article.metadata).toEqual({
      outlet: null,
      title: 'Notes on the river survey',
      author: null,
      url: null,
      published: null,
    });
    expect(article.paragraphs).toHaveLength(4);
    expect(article.furniture).toEqual([]);
  });
});

describe('extractHtml refusals', () => {
  it('refuses a sign-in page: too little text to be an article', () => {
    const result = extractHtml(readFileSync(new URL('login-wall.html', PAGES), 'utf8'));
    expect(result).toMatchObject({ kind: 'invalid', field: 'body' });
  });

  it('refuses an empty document without throwing', () => {
    expect(extractHtml('')).toMatchObject({ kind: 'invalid', field: 'body' });
    expect(extractHtml('<html><body></body></html>')).toMatchObject({ kind: 'invalid', field: 'body' });
  });
});
