// Discord's REST API failing under the bot: 5xx and 429 are retried by discord.js; when a route stays
// down the bot logs it, apologises where it can, and keeps serving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APOLOGY_MESSAGE } from '../../src/discord/handle-interaction.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { type InteractionPayload, isCallback, isFollowUp, isOriginalEdit } from '../support/fake-discord/index.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const editsOf = (i: InteractionPayload) =>
  h.discord.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/${i.token}/messages/@original`));

it('retries the reply after a 500 and delivers it', async () => {
  const i = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' });
  h.discord.rest.failNext({ match: isOriginalEdit(i, 0), status: 500 });
  h.discord.dispatch('INTERACTION_CREATE', i);
  await h.discord.waitForRequest(isOriginalEdit(i, 200));
  expect(editsOf(i).map((r) => r.status)).toEqual([500, 200]);
});

it('waits out a 429 and delivers the reply', async () => {
  const i = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' });
  h.discord.rest.failNext({ match: isOriginalEdit(i, 0), status: 429, retryAfter: 0.05 });
  h.discord.dispatch('INTERACTION_CREATE', i);
  await h.discord.waitForRequest(isOriginalEdit(i, 200));
  expect(editsOf(i).map((r) => r.status)).toEqual([429, 200]);
});

it('waits out a 429 on the interaction callback itself', async () => {
  const i = h.discord.slashCommand('sources');
  h.discord.rest.failNext({ match: (r) => isCallback(i)(r) && r.status === 0, status: 429, retryAfter: 0.05 });
  h.discord.dispatch('INTERACTION_CREATE', i);
  await h.discord.waitForRequest((r) => isCallback(i)(r) && r.status === 204);
});

it('apologises privately when the reply cannot be delivered, and keeps serving', async () => {
  const i = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' });
  h.discord.rest.failNext({ match: isOriginalEdit(i, 0), status: 500, times: Number.POSITIVE_INFINITY });
  h.discord.dispatch('INTERACTION_CREATE', i);
  const apology = await h.discord.waitForRequest(isFollowUp(i));
  expect(apology.body).toMatchObject({ content: APOLOGY_MESSAGE, flags: 64, allowed_mentions: { parse: [] } });
  expect(editsOf(i).length).toBe(4); // the first try and discord.js's three retries
  expect(h.logs.some((l) => l.msg === 'interaction failed' && l.interactionId === i.id)).toBe(true);

  const next = h.discord.slashCommand('sources');
  h.discord.dispatch('INTERACTION_CREATE', next);
  expect((await h.discord.waitForRequest(isCallback(next))).status).toBe(204);
});
