// Watching CORPUS_DIR. fs.watch (inotify on Linux) reports every write, rename and delete, often several
// for one save; they are gathered into one call: after `quietMs` without events, or at the latest
// `maxWaitMs` after the first, so a long copy still shows up.
import { type FSWatcher, watch } from 'node:fs';

export interface WatchCorpusOptions {
  readonly quietMs: number;
  readonly maxWaitMs: number;
}

export const DEFAULT_WATCH_CORPUS: WatchCorpusOptions = { quietMs: 250, maxWaitMs: 2_000 };

export interface CorpusWatcher {
  close(): void;
}

/** Calls `onChange` once per burst of changes to `.md` files (or to the folder itself). */
export function watchCorpus(
  directory: string,
  onChange: () => void,
  onError: (error: Error) => void,
  options: WatchCorpusOptions = DEFAULT_WATCH_CORPUS,
): CorpusWatcher {
  let quiet: NodeJS.Timeout | undefined;
  let deadline: NodeJS.Timeout | undefined;
  const fire = (): void => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
    onChange();
  };
  const schedule = (): void => {
    clearTimeout(quiet);
    quiet = setTimeout(fire, options.quietMs);
    deadline ??= setTimeout(fire, options.maxWaitMs);
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(directory, { persistent: false }, (_event, name) => {
      // Editors' swap and temp files (.x.md.swp, x.md~) are not documents; a null name may be anything.
      if (name === null || name.endsWith('.md')) schedule();
    });
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)));
    return { close() {} };
  }
  watcher.on('error', (error) => onError(error));
  return {
    close() {
      clearTimeout(quiet);
      clearTimeout(deadline);
      watcher.close();
    },
  };
}
