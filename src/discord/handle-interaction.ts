// The interaction router: commands by name (after the gate each declares), autocomplete by command,
// buttons by custom-id prefix. One catch here turns any failure into a log line and an ephemeral
// apology; the process keeps serving.
import type { BaseInteraction, Interaction } from 'discord.js';
import { buttons as defaultButtons } from './buttons/index.js';
import { commands as defaultCommands } from './commands/index.js';
import { passGate } from './gates/pass-gate.js';
import { toReply } from './to-reply.js';
import { type BotContext, type ButtonHandler, type Command, parseCustomId } from './types.js';

export const APOLOGY_MESSAGE = 'Sorry, something went wrong while answering. It has been logged; please try again.';
export const UNKNOWN_COMMAND_MESSAGE = "Sorry, I don't know that command. It may have been removed; try `/ask`.";

export interface InteractionRouter {
  readonly commands: ReadonlyMap<string, Command>;
  readonly buttons: ReadonlyMap<string, ButtonHandler>;
}

export function createRouter(
  commands: readonly Command[] = defaultCommands,
  buttons: readonly ButtonHandler[] = defaultButtons,
): InteractionRouter {
  return {
    commands: new Map(commands.map((c) => [c.data.name, c])),
    buttons: new Map(buttons.map((b) => [b.prefix, b])),
  };
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `button:${parseCustomId(interaction.customId).prefix}`;
  return `modal:${parseCustomId(interaction.customId).prefix}`;
}

async function route(
  router: InteractionRouter,
  interaction: Interaction,
  context: BotContext,
  started: number,
): Promise<boolean> {
  if (interaction.isAutocomplete()) {
    const command = router.commands.get(interaction.commandName);
    if (!command?.autocomplete) {
      await interaction.respond([]);
      return false;
    }
    await command.autocomplete(interaction, context);
    return true;
  }
  if (interaction.isCommand()) {
    const command = router.commands.get(interaction.commandName);
    if (!command) {
      await interaction.reply(toReply({ content: UNKNOWN_COMMAND_MESSAGE, ephemeral: true }));
      return false;
    }
    const pass = await passGate(command, interaction, context, started);
    if (pass !== null) await command.execute(interaction, context, pass);
    return true;
  }
  if (interaction.isButton()) {
    const { prefix, args } = parseCustomId(interaction.customId);
    const handler = router.buttons.get(prefix);
    if (!handler) {
      await interaction.reply(toReply({ content: UNKNOWN_COMMAND_MESSAGE, ephemeral: true }));
      return false;
    }
    await handler.execute(interaction, args, context);
    return true;
  }
  if (interaction.isModalSubmit()) {
    const { prefix, args } = parseCustomId(interaction.customId);
    const handler = router.buttons.get(prefix);
    if (!handler?.submit) {
      await interaction.reply(toReply({ content: UNKNOWN_COMMAND_MESSAGE, ephemeral: true }));
      return false;
    }
    await handler.submit(interaction, args, context);
    return true;
  }
  return false;
}

async function apologise(interaction: BaseInteraction, context: BotContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  const reply = toReply({ content: APOLOGY_MESSAGE, ephemeral: true });
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
    else await interaction.reply(reply);
  } catch (error) {
    context.logger.error({ err: error, interactionId: interaction.id }, 'could not send the apology');
  }
}

export async function handleInteraction(
  router: InteractionRouter,
  interaction: Interaction,
  context: BotContext,
): Promise<void> {
  const started = performance.now();
  const name = describe(interaction);
  const log = context.logger.child({ interactionId: interaction.id, command: name, userId: interaction.user.id });
  try {
    const known = await route(router, interaction, context, started);
    const latencyMs = Math.round(performance.now() - started);
    if (known) log.info({ latencyMs }, 'interaction handled');
    else log.warn({ latencyMs }, 'unknown interaction');
  } catch (error) {
    log.error({ err: error, latencyMs: Math.round(performance.now() - started) }, 'interaction failed');
    context.metrics.recordInteractionError(name);
    if (interaction.isChatInputCommand() || interaction.isContextMenuCommand())
      context.metrics.recordQuestion(
        interaction.isChatInputCommand() ? 'slash' : 'context-menu',
        'error',
        (performance.now() - started) / 1000,
      );
    await apologise(interaction, context);
  }
}
