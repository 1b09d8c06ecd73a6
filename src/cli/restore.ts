#!/usr/bin/env node
// `npm run restore -- BACKUP`: puts a checked backup in place of the bot's database, only while no
// program has that database open.
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadDatabaseConfig } from '../config/load-config.js';
import { restoreDatabase } from '../store/backup-database.js';
import { describeChecked, runDatabaseCli, UsageError } from './run-database-cli.js';

const USAGE = `usage: npm run restore -- BACKUP [--database FILE]
Replaces the bot's SQLite database with BACKUP, after checking BACKUP (PRAGMA integrity_check, a schema
this bot knows). Refuses while the bot, or any other program, has the database open: stop the bot
first. The database it replaces is kept beside it as FILE.before-restore-<time>.
  --database FILE   the database to replace (default: DATABASE_PATH from .env, else ./data/bot.sqlite)
  --help            this text; changes nothing`;

runDatabaseCli(async (argv) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { database: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one BACKUP file to restore');
  const [backup = ''] = positionals;
  loadDotenv({ quiet: true });
  const target = values.database ?? loadDatabaseConfig(process.env).databasePath;
  const { restored, previous } = await restoreDatabase(backup, target);
  const kept = previous === null ? '' : `; the replaced database is kept as ${previous}`;
  process.stderr.write(`restored ${backup} to ${target}: ${describeChecked(restored)}${kept}\n`);
});
