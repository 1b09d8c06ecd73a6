import { PermissionFlagsBits } from 'discord.js';

/** What makes a member a moderator here: Manage Server (0x20) or Administrator (0x8). */
export const MODERATOR_PERMISSIONS: readonly bigint[] = [
  PermissionFlagsBits.ManageGuild,
  PermissionFlagsBits.Administrator,
];

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
