// Last-resort process handlers, installed by main.ts before anything else runs:
// - SIGTERM/SIGINT always end the process within `hardExitMs`, whatever hangs the graceful stop
//   (Discord unreachable, a stuck stderr). A second signal, or one before the bot has its own stop
//   handler, exits at once.
// - An exception nothing caught (discord.js throwing on a malformed gateway packet) or a rejection
//   nothing handled is logged and the bot keeps serving: each interaction is independent, and one
//   bad packet must not end every member's answers. When they come faster than `maxFaultsPerMinute`,
//   something is broken for good: the process exits 1 so the supervisor (systemd) restarts it.
import type { Logger } from 'pino';

export interface ProcessGuardOptions {
  readonly logger: Logger;
  readonly hardExitMs?: number;
  readonly maxFaultsPerMinute?: number;
}

export const DEFAULT_PROCESS_GUARDS = { hardExitMs: 5000, maxFaultsPerMinute: 20 } as const;

const SIGNAL_EXIT_CODES: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

export function installProcessGuards(options: ProcessGuardOptions): void {
  const { logger } = options;
  const hardExitMs = options.hardExitMs ?? DEFAULT_PROCESS_GUARDS.hardExitMs;
  const maxFaults = options.maxFaultsPerMinute ?? DEFAULT_PROCESS_GUARDS.maxFaultsPerMinute;
  let hardExit: NodeJS.Timeout | null = null;

  const onSignal = (signal: NodeJS.Signals): void => {
    // This listener alone: no graceful stop is listening (yet, or any more), so do what the signal would.
    if (process.listenerCount(signal) <= 1 || hardExit !== null) {
      process.exit(SIGNAL_EXIT_CODES[signal] ?? 1);
    }
    // Not unref'd: this timer is what ends a process whose stop never finishes.
    hardExit = setTimeout(() => {
      logger.error({ signal, ms: hardExitMs }, 'shutdown did not finish in time: exiting now');
      process.exit(1);
    }, hardExitMs);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  const faults: number[] = [];
  const onFault = (kind: string, error: unknown): void => {
    const now = Date.now();
    faults.push(now);
    while (faults.length > 0 && now - (faults[0] ?? now) > 60_000) faults.shift();
    logger.error({ err: error, kind, faultsLastMinute: faults.length }, `${kind}: logged, still serving`);
    if (faults.length > maxFaults) {
      logger.fatal({ faultsLastMinute: faults.length }, 'too many uncaught errors: exiting for a restart');
      process.exit(1);
    }
  };
  process.on('uncaughtException', (error) => onFault('uncaught exception', error));
  process.on('unhandledRejection', (reason) => onFault('unhandled rejection', reason));
}
