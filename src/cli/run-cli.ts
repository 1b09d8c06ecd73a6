// The one catch at the top of every CLI: a known error becomes one line on stderr (one per corpus
// problem) and exit code 2; anything else is a bug and keeps its stack.
import { CorpusError } from '../corpus/load-corpus.js';

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export function describeCliError(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  if (error instanceof CliUsageError || isParseArgsError(error)) return `${error.message} (see --help)`;
  return `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

export function runCli(main: (argv: readonly string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${describeCliError(error)}\n`);
    process.exitCode = 2;
  });
}
