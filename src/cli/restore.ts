#!/usr/bin/env node
// `npm run restore -- BACKUP`: puts a checked backup in place of the bot's database, only while no
// program has that database open.
import { restoreDatabase } from '../store/backup-database.js';
import { describeChecked, parseDatabaseArguments, runDatabaseCli } from './run-database-cli.js';

const USAGE = `usage: npm run restore -- BACKUP [--database FILE]
Replaces the bot's SQLite database with BACKUP, after checking BACKUP (PRAGMA integrity_check, a schema
this bot knows). Refuses while the bot, or any other program, has the database open: stop the bot
first. The database it replaces is kept beside it as FILE.before-restore-<time>.
  --database FILE   the database to replace (default: DATABASE_PATH from .env, else ./data/bot.sqlite)
  --help            this text; changes nothing`;

runDatabaseCli(async (argv) => {
  const args = parseDatabaseArguments(argv, USAGE, 'give exactly one BACKUP file to restore');
  if (args === null) return;
  const { restored, previous } = await restoreDatabase(args.file, args.database);
  const kept = previous === null ? '' : `; the replaced database is kept as ${previous}`;
  process.stderr.write(`restored ${args.file} to ${args.database}: ${describeChecked(restored)}${kept}\n`);
});
