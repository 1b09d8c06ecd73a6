// Where the bot's logs go: stderr, written asynchronously with a bounded buffer. pino's default
// (synchronous writes) retried a full pipe forever (sleep 100 ms, try again) on the main thread, so
// with stderr's reader stopped the bot answered nothing and ignored SIGTERM. Now a stuck reader costs
// log lines (dropped past `maxBufferBytes`), never the event loop; at exit the last lines get
// `exitFlushMs` to go out, then the process leaves without them.
import { constants, fstatSync, openSync } from 'node:fs';
import { pino } from 'pino';

/**
 * A non-blocking descriptor for stderr when it is a pipe: the same pipe opened again through
 * /proc/self/fd/2 (a new open file, so the flag does not change fd 2 for anyone else). On a blocking
 * pipe whose reader stopped, sonic-boom's write(2) waits in libuv's thread pool, and the process exit
 * then waits for that thread forever. Anything else (a file, a terminal, journald's socket): fd 2.
 */
function openNonBlockingStderr(): number {
  try {
    if (!fstatSync(2).isFIFO()) return 2;
    return openSync('/proc/self/fd/2', constants.O_WRONLY | constants.O_NONBLOCK | constants.O_APPEND);
  } catch {
    return 2;
  }
}

export interface StderrDestinationOptions {
  /** Log text held while stderr is not taking it; more is dropped. */
  readonly maxBufferBytes: number;
  /** How long the final synchronous flush (at exit, and after a fatal line) may keep retrying a full pipe. */
  readonly exitFlushMs: number;
}

export const DEFAULT_STDERR_DESTINATION: StderrDestinationOptions = {
  maxBufferBytes: 4 * 1024 * 1024,
  exitFlushMs: 1000,
};

export function createStderrDestination(options: StderrDestinationOptions = DEFAULT_STDERR_DESTINATION) {
  let flushDeadline: number | null = null;
  const destination = pino.destination({
    fd: openNonBlockingStderr(),
    sync: false,
    maxLength: options.maxBufferBytes,
    // Asynchronous retries wait on a timer (the event loop runs meanwhile); a synchronous flush sleeps
    // between retries, so it gets a deadline.
    retryEAGAIN: () => flushDeadline === null || Date.now() < flushDeadline,
  });
  let lastProgress = Date.now();
  destination.on('write', () => {
    lastProgress = Date.now();
  });
  // sonic-boom's own flag: an asynchronous write(2) has not come back yet.
  const isWriting = (): boolean => (destination as unknown as { _writing?: boolean })._writing === true;
  const flushSync = destination.flushSync.bind(destination);
  destination.flushSync = () => {
    // A blocking stderr whose reader stopped: one write(2) is stuck in libuv's thread pool, and a
    // synchronous one would block the exit forever. Leave without the last lines.
    if (isWriting() && Date.now() - lastProgress > options.exitFlushMs) return;
    flushDeadline = Date.now() + options.exitFlushMs;
    try {
      flushSync();
    } catch {
      // stderr did not take the last lines in time: nobody is reading them.
    } finally {
      flushDeadline = null;
    }
  };
  return destination;
}
