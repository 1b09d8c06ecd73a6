// A /study thread is named after the member's topic, and the name is posted as the bot. Discord shows a
// thread name as plain text everywhere, so nothing in it is escaped; what would act or mislead is taken
// out instead: control and formatting characters, links and invites, and mentions (@everyone, @here,
// <@user>, <@&role>, <#channel>), which would read as the bot pointing at someone.
import { DISCORD_LIMITS } from '../discord-limits.js';
import { flattenWhitespace, truncateLine } from './truncate.js';

export const FALLBACK_THREAD_NAME = 'Study thread';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const ANSI_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A word that is, or holds, a link, an invite or a mention is dropped whole. */
const UNSAFE_WORD = /:\/\/|www\.|discord(?:app)?\.(?:gg|com|io|me)\/|dsc\.gg\/|<[@#]|<a?:/i;
const EVERYONE = /@+(?=everyone|here)/gi;

export function toThreadName(topic: string): string {
  const words = topic
    .replace(ANSI_SEQUENCE, ' ')
    .replace(INVISIBLE, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !UNSAFE_WORD.test(word));
  let cleaned = words.join(' ');
  // Removing one "@" can bring another pair together ("@@here"), so repeat until nothing changes.
  for (let before = ''; before !== cleaned; ) {
    before = cleaned;
    cleaned = cleaned.replace(EVERYONE, '');
  }
  const name = truncateLine(flattenWhitespace(cleaned), DISCORD_LIMITS.threadName);
  return name === '' ? FALLBACK_THREAD_NAME : name;
}
