#!/usr/bin/env node
// `npm run backup -- PATH`: an online copy of the bot's database while it runs (src/store/backup-database.ts
// says how it stays consistent under writes). Prints the copy's path on stdout; the summary goes to stderr.
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadDatabaseConfig } from '../config/load-config.js';
import { backupDatabase } from '../store/backup-database.js';
import { describeChecked, runDatabaseCli, UsageError } from './run-database-cli.js';

const USAGE = `usage: npm run backup -- PATH [--database FILE]
Copies the bot's SQLite database to PATH while the bot keeps running (SQLite's backup API, one
consistent snapshot), checks the copy with PRAGMA integrity_check and prints PATH. PATH must not exist.
  --database FILE   the database to copy (default: DATABASE_PATH from .env, else ./data/bot.sqlite)
  --help            this text; copies nothing
Restore with: npm run restore -- PATH (with the bot stopped).`;

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
  if (positionals.length !== 1) throw new UsageError('give exactly one PATH to write the backup to');
  const [destination = ''] = positionals;
  loadDotenv({ quiet: true });
  const source = values.database ?? loadDatabaseConfig(process.env).databasePath;
  const checked = await backupDatabase(source, destination);
  process.stderr.write(`backed up ${source} to ${destination}: ${describeChecked(checked)}\n`);
  process.stdout.write(`${destination}\n`);
});
