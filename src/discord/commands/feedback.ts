// /feedback report: how members voted on answers (Helpful / Not relevant), per question, for moderators.
import { SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MODERATOR_PERMISSION } from '../gates/moderator-gate.js';
import { formatFeedbackReport } from '../render/format-feedback-report.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('feedback')
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription('Moderators: what members thought of the answers')
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
    .addSubcommand((s) => s.setName('report').setDescription('Votes per answer, most voted first')),
  gate: 'moderator',
  async execute(interaction, context, { guildId }) {
    const report = context.store.feedback.report(guildId);
    const content = report.ok ? formatFeedbackReport(report.value) : describeStoreFailure('read-feedback', report);
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
} satisfies Command<'moderator'>;
