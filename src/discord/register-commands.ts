// Registers every command in one bulk PUT: to one guild when DISCORD_GUILD_ID is set (instant), else
// globally. Bulk PUT replaces the whole set, so removed commands disappear too.
import { REST, Routes } from 'discord.js';
import type { DeployConfig } from '../config/load-config.js';
import { commands } from './commands/index.js';

export function buildCommandBodies() {
  return commands.map((command) => command.data.toJSON());
}

export async function registerCommands(config: DeployConfig): Promise<{ count: number; scope: string }> {
  const rest = new REST(config.apiUrl !== undefined ? { api: config.apiUrl } : {}).setToken(config.token);
  const route =
    config.guildId !== undefined
      ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
      : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: buildCommandBodies() })) as unknown[];
  return { count: registered.length, scope: config.guildId !== undefined ? `guild ${config.guildId}` : 'global' };
}
