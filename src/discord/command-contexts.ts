// Where each command can be used, decided once per command (Discord's `contexts` and `integration_types`).
// The bot is installed to servers only (no user installs). Server-run commands (moderator commands and
// /study, which opens a thread) work in servers only; questions also work in a direct message with the
// bot, where no server's settings apply, answers are not audited, and each person has their own limits.
import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

export const INSTALLED_TO = [ApplicationIntegrationType.GuildInstall] as const;
export const IN_SERVERS = [InteractionContextType.Guild] as const;
export const IN_SERVERS_AND_DMS = [InteractionContextType.Guild, InteractionContextType.BotDM] as const;
