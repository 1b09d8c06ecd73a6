// The router runs the gate a command declares before the command runs. A refusal is a private reply
// here, so no command checks permissions or the server's answering rules by hand.
import type { CommandInteraction } from 'discord.js';
import { toReply } from '../to-reply.js';
import type { BotContext, Command, Gate, GatePasses } from '../types.js';
import { admitModerator } from './moderator-gate.js';
import { admitQuestion, placeOfInteraction, QUIET_HERE_MESSAGE } from './question-gate.js';

type Pass = GatePasses[Gate];

/** A slash command or the message menu: the two ways an interaction asks a question. */
function triggerOf(interaction: CommandInteraction): 'slash' | 'context-menu' {
  return interaction.isContextMenuCommand() ? 'context-menu' : 'slash';
}

function decide(
  command: Command,
  interaction: CommandInteraction,
  context: BotContext,
  startedAt: number,
): Pass | string {
  switch (command.gate) {
    case 'none':
      return {};
    case 'moderator': {
      const gate = admitModerator(interaction.guildId, interaction.memberPermissions?.bitfield);
      return gate.kind === 'admitted' ? { guildId: gate.guildId } : gate.message;
    }
    case 'question': {
      const read = command.readQuestion?.(interaction, context);
      if (read !== undefined && 'refusal' in read) return read.refusal;
      const question = read?.text ?? null;
      const place = placeOfInteraction(interaction, triggerOf(interaction));
      const gate = admitQuestion(context, place, question);
      if (gate.kind === 'admitted') return { admission: gate.admission, place, question, startedAt };
      return gate.kind === 'refused' ? gate.message : QUIET_HERE_MESSAGE;
    }
  }
}

/** The pass the command's gate grants, or null when the member has had a private refusal. */
export async function passGate(
  command: Command,
  interaction: CommandInteraction,
  context: BotContext,
  startedAt: number,
): Promise<Pass | null> {
  const decision = decide(command, interaction, context, startedAt);
  if (typeof decision !== 'string') return decision;
  await interaction.reply(toReply({ content: decision, ephemeral: true }));
  if (command.gate === 'question')
    context.metrics.recordQuestion(triggerOf(interaction), 'refused', (performance.now() - startedAt) / 1000);
  return null;
}
