// Metadata the page itself declares: Open Graph / article: meta tags, <meta name="author">, the canonical
// link and JSON-LD (NewsArticle and its kin). Each field keeps the first source that names it, in the
// order below; a field no source names stays null.
import type { DomDocument } from './dom.js';
import type { ArticleMetadata } from './types.js';

/** The JSON-LD @types whose fields describe a news article. */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'WebPage',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collapses white space the way a browser shows the text; null for nothing left. */
export function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

function readMeta(document: DomDocument, ...keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const name = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      if (name.toLowerCase() !== key) continue;
      const content = cleanText(element.getAttribute('content'));
      if (content !== null) return content;
    }
  }
  return null;
}

/** Every object of a JSON-LD block: top level, arrays and @graph. Bad JSON is skipped, not fatal. */
function readJsonLd(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (isObject(value)) {
      objects.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; the meta tags may still answer.
    }
  }
  return objects;
}

function hasArticleType(object: JsonObject): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t));
}

function readName(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    const names = value.map(readName).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  return isObject(value) ? cleanText(value.name) : null;
}

/** An author given as a profile URL (Facebook's article:author often is) names no one readable; a
 * leading "By" is the byline's label, not the name. */
export function readPerson(value: string | null): string | null {
  if (value === null || /^https?:\/\//iu.test(value)) return null;
  return cleanText(value.replace(/^by\s+/iu, ''));
}

/** `2017-02-14T18:00:00+03:00` → `2017-02-14`: the date as the page writes it, not moved to UTC. */
export function readIsoDate(value: string | null): string | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/u.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function readHttpUrl(value: string | null, base?: string): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function firstOf(...values: readonly (string | null)[]): string | null {
  return values.find((value) => value !== null) ?? null;
}

export function readPageMetadata(document: DomDocument, pageUrl?: string): ArticleMetadata {
  const article = readJsonLd(document).find(hasArticleType);
  const ld = (key: string): unknown => article?.[key];
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    outlet: firstOf(readMeta(document, 'og:site_name'), readName(ld('publisher')), readName(ld('sourceOrganization'))),
    title: firstOf(readMeta(document, 'og:title', 'twitter:title'), cleanText(ld('headline')), cleanText(ld('name'))),
    author: firstOf(
      readPerson(readMeta(document, 'article:author')),
      readPerson(readMeta(document, 'author', 'byl', 'parsely-author', 'sailthru.author')),
      readPerson(readName(ld('author'))),
    ),
    url: firstOf(
      readHttpUrl(readMeta(document, 'og:url'), pageUrl),
      readHttpUrl(canonical, pageUrl),
      readHttpUrl(cleanText(ld('url')), pageUrl),
      readHttpUrl(pageUrl ?? null),
    ),
    published: firstOf(
      readIsoDate(readMeta(document, 'article:published_time', 'datepublished', 'date', 'dc.date')),
      readIsoDate(cleanText(ld('datePublished'))),
    ),
  };
}
