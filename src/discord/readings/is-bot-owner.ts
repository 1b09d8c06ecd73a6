// Who may change what every server shares: the application's owner (or a member of its team), or a
// moderator of the operator's own server (DISCORD_GUILD_ID).
import type { ChatInputCommandInteraction } from 'discord.js';
import { isModerator } from '../../policy/permissions.js';

export async function isBotOwner(
  interaction: ChatInputCommandInteraction,
  ownerGuildId: string | undefined,
): Promise<boolean> {
  if (
    ownerGuildId !== undefined &&
    interaction.guildId === ownerGuildId &&
    isModerator(interaction.memberPermissions?.bitfield)
  )
    return true;
  try {
    const application = await interaction.client.application.fetch();
    const owner = application.owner;
    if (owner === null) return false;
    if ('members' in owner) return owner.members.has(interaction.user.id);
    return owner.id === interaction.user.id;
  } catch {
    // The application could not be read: nobody is taken for the owner.
    return false;
  }
}
