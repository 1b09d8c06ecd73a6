// The outlets an /ask reply quotes as its answer. A no-answer's closest passages carry an outlet too, but
// are not quotes of an answer: their footer says so, and they are left out here.
import type { APIEmbed } from 'discord.js';
import { RELATED_FOOTER } from '../../src/discord/render/answer-reply.js';

export function listAnsweringOutlets(body: { embeds?: APIEmbed[] }): string[] {
  return (body.embeds ?? [])
    .filter((e) => !(e.footer?.text ?? '').endsWith(RELATED_FOOTER))
    .map((e) => e.author?.name ?? '')
    .filter((name) => name !== '');
}
