// The one reply helper every Discord message goes through (discordjs/discord-utils-bot's util/respond):
// no mentions are ever parsed, quoted text arrives already escaped from render/, and every part is kept
// inside Discord's limits. Quotes are shortened at a sentence with a visible marker; attribution
// (outlet, title, author, paragraph id) is shortened if it must be but never dropped, and its control
// characters are written out (core/answer/escape-controls.ts): only quote bodies are verbatim.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { escapeControlCharacters } from '../core/answer/escape-controls.js';
import { splitSentences } from '../core/text/sentences.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { truncateLine } from './render/truncate.js';

export const TRUNCATION_MARKER = ' [\u2026]';

/** Text whose markdown form is produced by `render`, so it can be shortened at a sentence of the plain text. */
export interface RenderedText {
  readonly plain: string;
  readonly render: (plain: string) => string;
}

export interface EmbedSpec {
  readonly author?: string;
  readonly title?: string;
  readonly url?: string;
  readonly body?: RenderedText;
  readonly fields?: ReadonlyArray<{ readonly name: string; readonly value: string; readonly inline?: boolean }>;
  readonly footer?: string;
  readonly color?: number;
}

export interface ReplySpec {
  readonly content?: string;
  readonly embeds?: readonly EmbedSpec[];
  readonly components?: ReadonlyArray<APIActionRowComponent<APIComponentInMessageActionRow>>;
  readonly ephemeral?: boolean;
  /** Attachments (a history export); Discord allows 10 per message. */
  readonly files?: ReadonlyArray<{ readonly attachment: Buffer; readonly name: string }>;
}

export interface DiscordReply {
  content: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  allowedMentions: { parse: []; repliedUser: false };
  flags?: MessageFlags.Ephemeral;
  files?: Array<{ attachment: Buffer; name: string }>;
}

/** The longest rendering of whole leading sentences that fits, with the marker; a word cut if none does. */
export function truncateRendered(text: RenderedText, max: number): string {
  const full = text.render(text.plain);
  if (full.length <= max) return full;
  const room = max - TRUNCATION_MARKER.length;
  if (room <= 0) return '';
  const spans = splitSentences(text.plain);
  for (let count = spans.length - 1; count >= 1; count -= 1) {
    const end = spans[count - 1]?.end ?? 0;
    const rendered = text.render(text.plain.slice(0, end));
    if (rendered.length <= room) return `${rendered}${TRUNCATION_MARKER}`;
  }
  // Not even one sentence fits: the longest run of whole words that does.
  const words = [...text.plain.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.render(text.plain.slice(0, words[mid - 1] ?? 0)).length <= room) low = mid;
    else high = mid - 1;
  }
  return `${text.render(text.plain.slice(0, words[low - 1] ?? 0))}${TRUNCATION_MARKER}`;
}

function buildAttribution(spec: EmbedSpec, cap: number): APIEmbed {
  const embed: APIEmbed = {};
  const line = (text: string, max: number) => truncateLine(escapeControlCharacters(text), max);
  if (spec.author !== undefined) embed.author = { name: line(spec.author, Math.min(cap, DISCORD_LIMITS.authorName)) };
  if (spec.title !== undefined) embed.title = line(spec.title, Math.min(cap, DISCORD_LIMITS.title));
  if (spec.url !== undefined) embed.url = spec.url;
  if (spec.fields !== undefined)
    embed.fields = spec.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({
      name: line(f.name, Math.min(cap, DISCORD_LIMITS.fieldName)),
      value: line(f.value, Math.min(cap * 4, DISCORD_LIMITS.fieldValue)),
      ...(f.inline !== undefined && { inline: f.inline }),
    }));
  if (spec.footer !== undefined) embed.footer = { text: line(spec.footer, Math.min(cap, DISCORD_LIMITS.footer)) };
  if (spec.color !== undefined) embed.color = spec.color;
  return embed;
}

export function countEmbedCharacters(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Room left for bodies after attribution; the attribution cap shrinks until bodies get a fair share. */
function fitAttribution(specs: readonly EmbedSpec[]): { embeds: APIEmbed[]; room: number } {
  let cap = 256;
  for (;;) {
    const embeds = specs.map((spec) => buildAttribution(spec, cap));
    const fixed = embeds.reduce((sum, embed) => sum + countEmbedCharacters(embed), 0);
    const room = DISCORD_LIMITS.embedTotal - fixed;
    if (room >= DISCORD_LIMITS.embedTotal / 3 || cap <= 32) return { embeds, room: Math.max(0, room) };
    cap = Math.floor(cap * 0.75);
  }
}

/** Shares `room` between bodies: short ones take what they need, long ones split the rest evenly. */
function shareRoom(lengths: readonly number[], room: number): number[] {
  const shares = lengths.map(() => 0);
  const order = lengths.map((length, i) => ({ length, i })).sort((a, b) => a.length - b.length);
  let left = room;
  order.forEach(({ length, i }, position) => {
    const fair = Math.floor(left / (order.length - position));
    const share = Math.min(length, fair, DISCORD_LIMITS.description);
    shares[i] = share;
    left -= share;
  });
  return shares;
}

export function toReply(spec: ReplySpec): DiscordReply {
  const specs = (spec.embeds ?? []).slice(0, DISCORD_LIMITS.embeds);
  const { embeds, room } = fitAttribution(specs);
  const fullBodies = specs.map((s) => (s.body ? s.body.render(s.body.plain) : ''));
  const shares = shareRoom(
    fullBodies.map((b) => b.length),
    room,
  );
  specs.forEach((s, i) => {
    const embed = embeds[i];
    if (!s.body || !embed) return;
    const share = shares[i] ?? 0;
    const body = (fullBodies[i] ?? '').length <= share ? (fullBodies[i] ?? '') : truncateRendered(s.body, share);
    if (body !== '') embed.description = body;
  });
  const reply: DiscordReply = {
    content: truncateLine(spec.content ?? '', DISCORD_LIMITS.content),
    embeds,
    components: [...(spec.components ?? [])],
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (spec.ephemeral) reply.flags = MessageFlags.Ephemeral;
  if (spec.files)
    reply.files = spec.files
      .slice(0, DISCORD_LIMITS.attachments)
      .map((f) => ({ attachment: f.attachment, name: f.name }));
  return reply;
}

/** Autocomplete choices within limits: at most 25, names and values at most 100 characters. */
export function toChoices(names: readonly string[]): Array<{ name: string; value: string }> {
  return names.slice(0, DISCORD_LIMITS.choices).map((name) => ({
    name: truncateLine(escapeControlCharacters(name), DISCORD_LIMITS.choiceLength),
    value: name.slice(0, DISCORD_LIMITS.choiceLength),
  }));
}

/**
 * When a paging session ends: the same components with the session's buttons disabled, and nothing else
 * changed (an edit that names only components leaves content and embeds as they are).
 */
export function toExpiredEdit(
  components: ReadonlyArray<APIActionRowComponent<APIComponentInMessageActionRow>>,
  stillLive: (customId: string) => boolean,
): Pick<DiscordReply, 'components' | 'allowedMentions'> {
  return {
    components: components.map((row) => ({
      ...row,
      components: row.components.map((c) =>
        'custom_id' in c && stillLive(c.custom_id) ? c : { ...c, disabled: true },
      ),
    })),
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** Edits cannot change a message's flags; the same reply without them. */
export function forEdit(reply: DiscordReply): Omit<DiscordReply, 'flags'> {
  const { flags: _flags, ...rest } = reply;
  return rest;
}
