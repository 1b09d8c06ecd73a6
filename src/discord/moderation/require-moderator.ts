// Moderator commands are gated twice: `default_member_permissions` (Manage Server) when deployed, which a
// server can override, and this run-time check, which it cannot.
import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { isModerator } from '../../moderation/permissions.js';
import { toReply } from '../to-reply.js';

export const MODERATOR_PERMISSION = PermissionFlagsBits.ManageGuild;
export const NOT_MODERATOR_MESSAGE = 'Only moderators (Manage Server) can use this command.';
export const SERVER_ONLY_MESSAGE = 'This command works in a server, not in direct messages.';

/** True when the member may go on; otherwise the member has had an ephemeral refusal. */
export async function requireModerator(interaction: ChatInputCommandInteraction): Promise<boolean> {
  if (interaction.guildId === null) {
    await interaction.reply(toReply({ content: SERVER_ONLY_MESSAGE, ephemeral: true }));
    return false;
  }
  if (isModerator(interaction.memberPermissions?.bitfield)) return true;
  await interaction.reply(toReply({ content: NOT_MODERATOR_MESSAGE, ephemeral: true }));
  return false;
}
