// Each numeric setting's range and default is declared once (src/store/setting-ranges.ts). What cannot
// read it (the shipped migration's SQL, README) is checked against it here; what can is checked to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildCommandBodies } from '../../src/discord/register-commands.js';
import { DEFAULT_GUILD_SETTINGS, guildSettingsSchema, SETTING_RANGES } from '../../src/store/index.js';
import { REPO_ROOT } from '../support/real-corpus.js';
import { closeAfterTest, openTempStore } from '../support/temp-store.js';

const COLUMNS = {
  resultsPerAnswer: 'results_per_answer',
  cooldownSeconds: 'cooldown_seconds',
  retentionDays: 'retention_days',
};
const SUBCOMMANDS = { resultsPerAnswer: 'results', cooldownSeconds: 'cooldown', retentionDays: 'retention' };
const ranges = Object.entries(SETTING_RANGES) as Array<
  [keyof typeof SETTING_RANGES, { min: number; max: number; default: number }]
>;

describe('setting ranges', () => {
  it('are what the database CHECKs and column defaults enforce', () => {
    const { store, path } = openTempStore();
    expect(store.status().kind).toBe('ready');
    const db = new Database(path, { readonly: true });
    closeAfterTest(() => db.close());
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'guild_settings'").get() as { sql: string };
    expect(ranges.length).toBe(3);
    for (const [name, range] of ranges) {
      const column = COLUMNS[name];
      const declared = new RegExp(
        `${column}\\s+INTEGER NOT NULL DEFAULT (\\d+) CHECK \\(${column} BETWEEN (\\d+) AND (\\d+)\\)`,
      ).exec(sql);
      expect(declared?.slice(1).map(Number), column).toEqual([range.default, range.min, range.max]);
    }
  });

  it('are what the settings schema accepts, with the same defaults', () => {
    for (const [name, range] of ranges) {
      expect(DEFAULT_GUILD_SETTINGS[name]).toBe(range.default);
      for (const ok of [range.min, range.max]) expect(guildSettingsSchema.safeParse({ [name]: ok }).success).toBe(true);
      for (const bad of [range.min - 1, range.max + 1])
        expect(guildSettingsSchema.safeParse({ [name]: bad }).success).toBe(false);
    }
  });

  it('bound the /settings options, and README states them', () => {
    const settings = buildCommandBodies().find((c) => c.name === 'settings') as unknown as {
      options: Array<{ name: string; options?: Array<{ min_value?: number; max_value?: number }> }>;
    };
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const [name, range] of ranges) {
      const option = settings.options.find((o) => o.name === SUBCOMMANDS[name])?.options?.[0];
      expect([option?.min_value, option?.max_value], name).toEqual([range.min, range.max]);
      expect(readme).toContain(`${range.min} to ${range.max} (default ${range.default})`);
      expect(readme).toContain(`:${range.min}-${range.max}\``);
    }
  });
});
