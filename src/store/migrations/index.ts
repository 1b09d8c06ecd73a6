import { migration001Initial } from './001-initial.js';
import { migration002Readings } from './002-readings.js';
import { migration003CooldownDefault } from './003-cooldown-default.js';
import type { Migration } from './migration.js';

/** Every migration, in version order. `PRAGMA user_version` holds the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002Readings,
  migration003CooldownDefault,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
