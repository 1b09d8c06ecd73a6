import { migration001Initial } from './001-initial.js';
import type { Migration } from './migration.js';

/** Every migration, in version order. `PRAGMA user_version` holds the last one applied. */
export const MIGRATIONS: readonly Migration[] = [migration001Initial];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
