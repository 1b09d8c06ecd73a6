#!/usr/bin/env node
// `npm run deploy-commands`: registers the commands of commands/index.ts with Discord. Every failure is one
// line naming the variable to fix.
import { DiscordAPIError } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { describeStartError } from '../config/describe-start-error.js';
import { type DeployConfig, loadDeployConfig } from '../config/load-config.js';
import { registerCommands } from './register-commands.js';

/** Discord's JSON error codes that point at one variable (discord.com/developers/docs/topics/opcodes-and-status-codes). */
const UNKNOWN_APPLICATION = 10002;
const UNKNOWN_GUILD = 10004;
const MISSING_ACCESS = 50001;

/** What Discord's refusal means for the person deploying, or undefined when it names no variable. */
export function describeDeployRefusal(error: unknown, config: DeployConfig): string | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.status === 401)
    return 'DISCORD_TOKEN: Discord rejected the token (reset it in the Developer Portal, Bot page)';
  if (error.code === UNKNOWN_APPLICATION || (error.status === 403 && config.guildId === undefined))
    return 'DISCORD_APPLICATION_ID: not the application of this DISCORD_TOKEN (General Information > Application ID)';
  if (config.guildId !== undefined && (error.code === UNKNOWN_GUILD || error.code === MISSING_ACCESS))
    return 'DISCORD_GUILD_ID: the bot is not in that server, or was invited without the applications.commands scope';
  return undefined;
}

let config: DeployConfig | undefined;

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  config = loadDeployConfig(process.env);
  const { count, scope } = await registerCommands(config);
  process.stderr.write(`registered ${count} commands (${scope})\n`);
}

main().catch((error: unknown) => {
  const refusal = config === undefined ? undefined : describeDeployRefusal(error, config);
  process.stderr.write(`${refusal ?? describeStartError(error, { apiUrl: config?.apiUrl, action: 'deploy' })}\n`);
  process.exit(1);
});
