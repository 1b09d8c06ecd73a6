#!/usr/bin/env node
// `npm run deploy-commands`: registers the commands of commands/index.ts with Discord. Every failure is one
// line naming the variable to fix.
import { parseArgs } from 'node:util';
import { DiscordAPIError } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { describeStartError, StartError } from '../config/describe-start-error.js';
import { type DeployConfig, loadDeployConfig } from '../config/load-config.js';
import { clearGuildCommands, registerCommands } from './register-commands.js';

const USAGE = `usage: npm run deploy-commands -- [--global] [--clear-guild] [--help]
Registers the bot's slash and context-menu commands with Discord in one bulk PUT. Reads .env
(see .env.example): DISCORD_TOKEN, DISCORD_APPLICATION_ID, and DISCORD_GUILD_ID when set.
  (no option)     register to the server DISCORD_GUILD_ID when it is set (instant), else globally
                  (every server, can take up to an hour to appear)
  --global        register globally even when DISCORD_GUILD_ID is set
  --clear-guild   remove the commands registered to DISCORD_GUILD_ID; after going global that server
                  would list every command twice. With --global: go global and clear in one run.
  --help          this text; registers nothing
Run it again whenever a command changes; new corpus documents need no deploy.`;

/** Discord's JSON error codes that point at one variable. */
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

class UsageError extends Error {}

function readOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        global: { type: 'boolean', default: false },
        'clear-guild': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
}

let config: DeployConfig | undefined;

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  loadDotenv({ quiet: true });
  config = loadDeployConfig(process.env);
  const clearGuild = options['clear-guild'];
  if (clearGuild && config.guildId === undefined)
    throw new StartError('DISCORD_GUILD_ID: required for --clear-guild (the server whose copies to remove)');
  if (!clearGuild || options.global) {
    const { count, scope } = await registerCommands(config, { global: options.global });
    process.stderr.write(`registered ${count} commands (${scope})\n`);
  }
  if (clearGuild && config.guildId !== undefined) {
    await clearGuildCommands(config, config.guildId);
    process.stderr.write(`removed the commands registered to guild ${config.guildId}\n`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const refusal = config === undefined ? undefined : describeDeployRefusal(error, config);
  process.stderr.write(`${refusal ?? describeStartError(error, { apiUrl: config?.apiUrl, action: 'deploy' })}\n`);
  process.exit(1);
});
