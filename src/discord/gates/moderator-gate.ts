// The `moderator` gate. Moderator commands are gated twice: `default_member_permissions` (Manage Server)
// when deployed, which a server can override, and this run-time check, which it cannot.
import { PermissionFlagsBits } from 'discord.js';
import { isModerator, MANAGE_GUILD } from '../../policy/permissions.js';

/** What moderator commands set as `default_member_permissions`: the same bit policy checks. */
export const MODERATOR_PERMISSION = PermissionFlagsBits.ManageGuild;
// Policy writes Discord's bits out to stay free of discord.js; a mismatch would be a silent bypass.
if (MODERATOR_PERMISSION !== MANAGE_GUILD) throw new Error('policy/permissions.ts: Manage Server bit disagrees');

export const NOT_MODERATOR_MESSAGE = 'Only moderators (Manage Server) can use this command.';
export const SERVER_ONLY_MESSAGE = 'This command works in a server, not in direct messages.';

export type ModeratorGateResult =
  | { readonly kind: 'admitted'; readonly guildId: string }
  | { readonly kind: 'refused'; readonly message: string };

export function admitModerator(guildId: string | null, permissions: bigint | null | undefined): ModeratorGateResult {
  if (guildId === null) return { kind: 'refused', message: SERVER_ONLY_MESSAGE };
  if (!isModerator(permissions)) return { kind: 'refused', message: NOT_MODERATOR_MESSAGE };
  return { kind: 'admitted', guildId };
}
