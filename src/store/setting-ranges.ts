// The one home of each numeric server setting's range and default. The zod schema, the /settings and
// /ask option builders and README read these; the SQL CHECKs of migrations/001-initial.ts are fixed
// text (a migration never changes once shipped), so tests/store/setting-ranges.test.ts checks that they
// and README agree with these values.
export interface SettingRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export const SETTING_RANGES = {
  /** Quotes per answer (the CLI's --top). */
  resultsPerAnswer: { min: 1, max: 5, default: 3 },
  /**
   * Seconds a member waits between questions; 0 turns the cooldown off. Default 3 s: long enough to stop a
   * double submit or a pasted flood, shorter than anyone takes to read a quote and type a follow-up; the
   * server-wide burst limit is what stops one member taking the room.
   */
  cooldownSeconds: { min: 0, max: 3600, default: 3 },
  /** Days questions are kept before the daily purge. */
  retentionDays: { min: 1, max: 3650, default: 30 },
} as const satisfies Record<string, SettingRange>;

/** "1 to 5": how an option description states a range. */
export function describeRange(range: SettingRange): string {
  return `${range.min} to ${range.max}`;
}
