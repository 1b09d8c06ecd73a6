#!/usr/bin/env node
// `npm run deploy-commands`: registers the commands of commands/index.ts with Discord.
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadDeployConfig } from '../config/load-config.js';
import { registerCommands } from './register-commands.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadDeployConfig(process.env);
  const { count, scope } = await registerCommands(config);
  process.stderr.write(`registered ${count} commands (${scope})\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `deploy failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
