// The one catch of `backup` and `restore`: a refused or failed operation is one line naming the file and
// exit code 1; bad arguments exit 2 with a pointer to --help; anything else is a bug and keeps its stack.
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadDatabaseConfig } from '../config/load-config.js';
import { BackupError, type CheckedDatabase } from '../store/backup-database.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export function runDatabaseCli(main: (argv: readonly string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`${error.message} (see --help)\n`);
      process.exitCode = 2;
    } else if (error instanceof BackupError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  });
}

export interface DatabaseArguments {
  /** The one positional: the backup to write (backup) or to read (restore). */
  readonly file: string;
  /** --database, else DATABASE_PATH from .env, else the default. */
  readonly database: string;
}

/**
 * The arguments both commands take: one FILE and an optional --database. Null after printing `usage`
 * for --help, so the caller does nothing else; `missing` is the refusal when there is not exactly one FILE.
 */
export function parseDatabaseArguments(
  argv: readonly string[],
  usage: string,
  missing: string,
): DatabaseArguments | null {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { database: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  if (positionals.length !== 1) throw new UsageError(missing);
  loadDotenv({ quiet: true });
  return {
    file: positionals[0] ?? '',
    database: values.database ?? loadDatabaseConfig(process.env).databasePath,
  };
}

/** One line about a checked database file: size, schema, integrity, rows per table. */
export function describeChecked(checked: CheckedDatabase): string {
  const rows = Object.entries(checked.rows)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  return `${Math.ceil(checked.bytes / 1024)} KiB, schema ${checked.schemaVersion}, integrity ok; rows: ${rows}`;
}
