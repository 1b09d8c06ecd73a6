// Start-up failures in our words: each names the variable (or file) a person changes to fix it, never a
// library's option name or a bare socket error. Shared by `npm start` and `npm run deploy-commands`.
import { CorpusError } from '../corpus/load-corpus.js';
import { ConfigError } from './load-config.js';

export const DISCORD_API = 'https://discord.com/api';

/** A failure the shell already worded for a person: its message is shown as it is. */
export class StartError extends Error {
  override name = 'StartError';
}

/** Node and undici socket errors carry a code such as ECONNREFUSED, on the error or on its cause. */
function findSocketCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current.name === 'AbortError' || current.name === 'TimeoutError') return 'timed out';
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** `DISCORD_API_URL: cannot reach ...` when the error is a connection failure, else undefined. */
export function describeUnreachable(error: unknown, apiUrl: string | undefined): string | undefined {
  const code = findSocketCode(error);
  if (code === undefined) return undefined;
  return apiUrl === undefined
    ? `DISCORD_API_URL: cannot reach Discord at ${DISCORD_API} (${code}); check this machine's network`
    : `DISCORD_API_URL: cannot reach ${apiUrl} (${code})`;
}

/**
 * One line for any start-up failure. `worded` lists the error classes whose messages already name what to
 * fix; a corpus folder that cannot be read is named by CORPUS_DIR, a bad file by its path.
 */
export function describeStartError(
  error: unknown,
  options: { readonly apiUrl: string | undefined; readonly action: string },
): string {
  if (error instanceof ConfigError || error instanceof StartError) return error.message;
  if (error instanceof CorpusError) {
    const first = error.problems[0];
    return error.problems.length === 1 && first?.field === 'directory'
      ? `CORPUS_DIR: ${first.file}: ${first.message}`
      : error.message;
  }
  const unreachable = describeUnreachable(error, options.apiUrl);
  if (unreachable !== undefined) return unreachable;
  return `${options.action} failed: ${error instanceof Error ? error.message : String(error)}`;
}
