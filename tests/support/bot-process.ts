// The environment of the built bot (dist/discord/main.js) spawned as its own process against the fake
// Discord, for tests that need a real process (exit codes, signals, stderr, shards).
import type { FakeDiscord } from './fake-discord/index.js';
import { CORPUS_DIR } from './real-corpus.js';

export function makeBotProcessEnv(
  discord: Pick<FakeDiscord, 'token' | 'apiUrl'>,
  databasePath: string,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    CORPUS_DIR,
    DATABASE_PATH: databasePath,
    ...extra,
  };
}
