// Which paragraphs look like page furniture rather than reporting: the kinds docs/corpus.md excluded by
// hand (advertisement markers, donation and newsletter appeals, share bars, cookie notices, related
// links, comment prompts, copyright lines, the headline and byline again). These are proposals for a
// person to confirm; the text itself is never changed. A rule matches short paragraphs only, so a
// reported sentence that happens to say "subscribe" is not proposed.
import type { ArticleMetadata, ProposedFurniture } from './types.js';

export interface FurnitureRule {
  readonly reason: string;
  /** Longest paragraph (characters) the rule may match. */
  readonly maxLength: number;
  readonly pattern: RegExp;
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    reason: 'advertisement marker',
    maxLength: 80,
    pattern:
      /^[-–—\s]*(?:advertisement|advertising|ad|ads|sponsored(?: links| content| stories)?|paid content|story continues below(?: advertisement)?)(?:\s+(?:above|below))?[-–—\s]*$/iu,
  },
  {
    reason: 'newsletter box',
    maxLength: 300,
    pattern:
      /(?:newsletter|sign up (?:for|to)|subscribe (?:to our|for our|now|today|here)|in your inbox|get (?:our|the) (?:best|top|latest))/iu,
  },
  {
    reason: 'donation appeal',
    maxLength: 400,
    pattern:
      /(?:^support (?:the |our |us\b|independent)|please (?:consider )?(?:support|donat|contribut)|\bdonate\b|small fav(?:o|ou)r to ask|your (?:support|contribution|donation) (?:helps|ensures|allows|means|keeps|makes)|become a (?:member|patron|supporter|subscriber))/iu,
  },
  {
    reason: 'share bar',
    maxLength: 120,
    pattern:
      /^(?:share(?: this(?: article| story| page)?| on)?:?|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest)(?:[\s|·•,/]+(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest))*$/iu,
  },
  {
    reason: 'cookie notice',
    maxLength: 400,
    pattern:
      /\bcookies?\b.*\b(?:accept|consent|privacy|we use|uses|settings|agree)\b|\b(?:we use|uses)\b.*\bcookies?\b/iu,
  },
  {
    reason: 'related links',
    maxLength: 200,
    pattern:
      /^(?:read more|read next|related(?: articles| stories| coverage)?|see also|more from|more on this|recommended|you may also like|you might also like|most read|most popular|trending|also read)\b/iu,
  },
  {
    reason: 'comment prompt',
    maxLength: 120,
    pattern:
      /^(?:(?:click here to )?(?:leave|post|add|view|show|read|join)(?: a| the)? (?:comments?|discussion|conversation)|\d+ comments?|comments?|join the conversation)\b/iu,
  },
  { reason: 'copyright line', maxLength: 200, pattern: /^(?:©|\(c\)|copyright\b)/iu },
  {
    reason: 'navigation',
    maxLength: 60,
    pattern: /^(?:scroll to top|back to top|skip to (?:main )?content|menu|home|next article|previous article)$/iu,
  },
];

/** Class or id words of the element a paragraph sat in, and what they usually hold. */
const MARKUP_HINTS: readonly (readonly [RegExp, string])[] = [
  [/newsletter|signup|sign-up|subscribe/u, 'newsletter box'],
  [/donat|support-us|contribut|membership/u, 'donation appeal'],
  [/\bshare|social/u, 'share bar'],
  [/cookie|consent|gdpr/u, 'cookie notice'],
  [/related|recommend|read-more|more-stories|outbrain|taboola/u, 'related links'],
  [/advert|\bads?\b|sponsor|promo/u, 'advertisement'],
  [/comment/u, 'comments'],
  [/pull-?quote|pullquote/u, 'pull quote'],
];

/** A pull quote repeats a sentence of the story; quoting it would show the same words twice. */
function findRepeat(text: string, others: readonly CandidateParagraph[], self: number): number | null {
  if (text.length < 20) return null;
  const bare = text.replace(/^[“"‘']+|[”"’']+$/gu, '');
  for (const [index, other] of others.entries())
    if (index !== self && other.text.length > text.length && other.text.includes(bare)) return index + 1;
  return null;
}

export interface CandidateParagraph {
  readonly text: string;
  readonly hints?: string;
}

function sameText(a: string, b: string): boolean {
  const fold = (text: string) =>
    text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

function readReason(paragraph: CandidateParagraph, metadata: ArticleMetadata): string | null {
  const text = paragraph.text.replace(/\s+/gu, ' ').trim();
  if (metadata.title !== null && sameText(text, metadata.title)) return 'the headline, already the title';
  if (metadata.author !== null && /^by\s/iu.test(text) && text.length <= 120 && text.includes(metadata.author))
    return 'byline, already the author';
  for (const rule of FURNITURE_RULES) if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule.reason;
  const hints = paragraph.hints ?? '';
  for (const [pattern, reason] of MARKUP_HINTS) if (pattern.test(hints)) return `${reason} (page markup)`;
  return null;
}

export function proposeFurniture(
  paragraphs: readonly CandidateParagraph[],
  metadata: ArticleMetadata,
): ProposedFurniture[] {
  const proposals: ProposedFurniture[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const repeat = findRepeat(paragraph.text, paragraphs, index);
    const reason = readReason(paragraph, metadata) ?? (repeat === null ? null : `repeats paragraph ${repeat}`);
    if (reason !== null) proposals.push({ ordinal: index + 1, text: paragraph.text, reason });
  }
  return proposals;
}
