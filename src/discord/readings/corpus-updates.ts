// Hot reload of the shared corpus: the watcher's bursts and /corpus reload take the same path. A good
// rebuild is swapped in and logged; a bad file keeps the old index, logs one line naming file and field,
// and tells the owner's server's mod log once per distinct problem.
import type { Client } from 'discord.js';
import type { ReloadOutcome } from '../../corpus/live-corpus.js';
import { type CorpusWatcher, type WatchCorpusOptions, watchCorpus } from '../../corpus/watch-corpus.js';
import type { BotContext } from '../types.js';
import { postModLog } from './post-mod-log.js';

export type ReloadTrigger = 'watch' | 'command';

export interface CorpusUpdates {
  reload(trigger: ReloadTrigger): ReloadOutcome;
  stop(): void;
}

export interface CorpusUpdatesOptions {
  readonly directory: string;
  /** false: no watching (a test that drives reloads by hand); the command still works. */
  readonly watch: WatchCorpusOptions | false;
}

export function describeProblem(outcome: Extract<ReloadOutcome, { kind: 'invalid' }>): string {
  const [first] = outcome.problems;
  const more = outcome.problems.length > 1 ? ` (and ${outcome.problems.length - 1} more)` : '';
  return first === undefined ? 'the corpus is invalid' : `${first.file}: ${first.field}: ${first.message}${more}`;
}

export function startCorpusUpdates(
  context: Pick<BotContext, 'corpus' | 'store' | 'logger' | 'readings'>,
  client: Client,
  options: CorpusUpdatesOptions,
): CorpusUpdates {
  const { logger } = context;
  const reload = (trigger: ReloadTrigger): ReloadOutcome => {
    const outcome = context.corpus.reload();
    if (outcome.kind === 'reloaded') {
      const { index, version } = outcome.snapshot;
      const counts = { documents: index.documents.length, paragraphs: index.paragraphs.length };
      logger.info({ trigger, version, ...counts, ms: outcome.ms }, 'corpus reloaded');
      return outcome;
    }
    if (outcome.isNew) {
      const problem = describeProblem(outcome);
      logger.warn({ trigger, problem }, `corpus not reloaded: ${problem}; still serving the previous corpus`);
      const { ownerGuildId } = context.readings;
      if (ownerGuildId !== undefined)
        void postModLog(
          context,
          client,
          ownerGuildId,
          `Shared corpus not reloaded: ${problem}. Still answering from the previous corpus.`,
        );
    }
    return outcome;
  };
  let watcher: CorpusWatcher | undefined;
  if (options.watch !== false)
    watcher = watchCorpus(
      options.directory,
      () => reload('watch'),
      (error) => logger.warn({ err: error }, 'cannot watch the corpus folder: changes need /corpus reload'),
      options.watch,
    );
  return {
    reload,
    stop: () => watcher?.close(),
  };
}
