#!/usr/bin/env node
// `npm run backup -- PATH`: an online copy of the bot's database while it runs (src/store/backup-database.ts
// says how it stays consistent under writes). Prints the copy's path on stdout; the summary goes to stderr.
import { backupDatabase } from '../store/backup-database.js';
import { describeChecked, parseDatabaseArguments, runDatabaseCli } from './run-database-cli.js';

const USAGE = `usage: npm run backup -- PATH [--database FILE]
Copies the bot's SQLite database to PATH while the bot keeps running (SQLite's backup API, one
consistent snapshot), checks the copy with PRAGMA integrity_check and prints PATH. PATH must not exist.
  --database FILE   the database to copy (default: DATABASE_PATH from .env, else ./data/bot.sqlite)
  --help            this text; copies nothing
Restore with: npm run restore -- PATH (with the bot stopped).`;

runDatabaseCli(async (argv) => {
  const args = parseDatabaseArguments(argv, USAGE, 'give exactly one PATH to write the backup to');
  if (args === null) return;
  const checked = await backupDatabase(args.database, args.file);
  process.stderr.write(`backed up ${args.database} to ${args.file}: ${describeChecked(checked)}\n`);
  process.stdout.write(`${args.file}\n`);
});
