// A command that answers a question declares only what differs: where its question comes from, what it
// answers and who sees the answer. The router's `question` gate reads and admits the question; the
// pipeline does the rest, the same way for every such command.
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteraction,
  type ContextMenuCommandBuilder,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type SharedSlashCommand,
} from 'discord.js';
import type { Visibility } from '../../policy/channel-policy.js';
import type { Admission } from '../gates/question-gate.js';
import type { BotContext, Command, QuestionRead } from '../types.js';
import { type AnsweredInPipeline, type AnswerRequest, answerThroughPipeline, type Replier } from './answer-pipeline.js';

export interface QuestionCommandSpec<I extends CommandInteraction> {
  readonly data: SharedSlashCommand | ContextMenuCommandBuilder;
  /** Which interactions the command takes: `isSlashCommand` or `isMessageMenu`. */
  readonly accepts: (interaction: CommandInteraction) => interaction is I;
  /** Where the question comes from (an option, the target message), or a refusal. */
  readQuestion(interaction: I, context: BotContext): QuestionRead;
  /** What it answers. */
  answers(interaction: I, admission: Admission, context: BotContext): AnswerRequest;
  /** Who sees the answer. */
  visibility(interaction: I, admission: Admission): Visibility;
  /** Runs once the answer is sent (a study thread). */
  afterSend?(interaction: I, context: BotContext, answered: AnsweredInPipeline<Message>): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

export const isSlashCommand = (i: CommandInteraction): i is ChatInputCommandInteraction => i.isChatInputCommand();
export const isMessageMenu = (i: CommandInteraction): i is MessageContextMenuCommandInteraction =>
  i.isMessageContextMenuCommand();

/** An interaction talks back by deferring, then editing its reply (also to disable expired buttons). */
export function replyThroughInteraction(interaction: CommandInteraction): Replier<Message> {
  return {
    client: interaction.client,
    async defer(ephemeral) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    send: (reply) => interaction.editReply(reply),
    edit: (_sent, edit) => interaction.editReply(edit),
    messageId: (sent) => sent.id,
  };
}

export function defineQuestionCommand<I extends CommandInteraction>(spec: QuestionCommandSpec<I>): Command<'question'> {
  return {
    data: spec.data,
    gate: 'question',
    readQuestion: (interaction, context) =>
      spec.accepts(interaction) ? spec.readQuestion(interaction, context) : { text: '' },
    async execute(interaction, context, pass) {
      if (!spec.accepts(interaction) || pass.question === null) return;
      const answered = await answerThroughPipeline(
        context,
        {
          question: pass.question,
          place: pass.place,
          admission: pass.admission,
          startedAt: pass.startedAt,
          answers: spec.answers(interaction, pass.admission, context),
          visibility: spec.visibility(interaction, pass.admission),
        },
        replyThroughInteraction(interaction),
      );
      await spec.afterSend?.(interaction, context, answered);
    },
    ...(spec.autocomplete && { autocomplete: spec.autocomplete }),
  };
}
