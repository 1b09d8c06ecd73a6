// Registers every command in one bulk PUT: to one guild when DISCORD_GUILD_ID is set (instant), else
// globally. Bulk PUT replaces the whole set, so removed commands disappear too.
import { REST, Routes } from 'discord.js';
import type { DeployConfig } from '../config/load-config.js';
import { commands } from './commands/index.js';

export function buildCommandBodies() {
  return commands.map((command) => command.data.toJSON());
}

export interface RegisterOptions {
  /** Register globally even when DISCORD_GUILD_ID is set (going live after testing in one server). */
  readonly global?: boolean;
}

function createRest(config: DeployConfig): REST {
  return new REST(config.apiUrl !== undefined ? { api: config.apiUrl } : {}).setToken(config.token);
}

export async function registerCommands(
  config: DeployConfig,
  options: RegisterOptions = {},
): Promise<{ count: number; scope: string }> {
  const guildId = options.global === true ? undefined : config.guildId;
  const route =
    guildId !== undefined
      ? Routes.applicationGuildCommands(config.applicationId, guildId)
      : Routes.applicationCommands(config.applicationId);
  const registered = (await createRest(config).put(route, { body: buildCommandBodies() })) as unknown[];
  return { count: registered.length, scope: guildId !== undefined ? `guild ${guildId}` : 'global' };
}

/** Removes the copies registered to one guild: after going global, that server would list each twice. */
export async function clearGuildCommands(config: DeployConfig, guildId: string): Promise<void> {
  await createRest(config).put(Routes.applicationGuildCommands(config.applicationId, guildId), { body: [] });
}
