// The one way a line of text is shortened for Discord: at a word boundary when one is near, with an
// ellipsis, never splitting a surrogate pair. Quotes are shortened differently (at a sentence, with a
// visible marker: to-reply.ts), because a quote must stay verbatim up to the cut.

/** White space runs (line breaks included) as one space, trimmed: for text that must stay on one line. */
export function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` UTF-16 units (what Discord counts), ending in an ellipsis when cut. */
export function truncateLine(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '\u2026' : '';
  let end = max - 1;
  // Never keep half of a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
