// Who counts as a moderator. Pure: the permission bits are Discord's documented values, written out here
// so that policy never needs discord.js (src/discord/gates/moderator-gate.ts checks they agree).

/** Manage Server (1 << 5) and Administrator (1 << 3). */
export const MANAGE_GUILD = 1n << 5n;
export const ADMINISTRATOR = 1n << 3n;
export const MODERATOR_PERMISSIONS: readonly bigint[] = [MANAGE_GUILD, ADMINISTRATOR];

/**
 * Whether a member's permission bitfield makes them a moderator. Takes the raw value as Discord sends
 * it (a decimal string), or discord.js's `interaction.memberPermissions?.bitfield`; null (a DM) is never.
 */
export function isModerator(permissions: bigint | string | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  let bits: bigint;
  try {
    bits = typeof permissions === 'bigint' ? permissions : BigInt(permissions);
  } catch {
    return false;
  }
  return MODERATOR_PERMISSIONS.some((flag) => (bits & flag) === flag);
}
