// /settings show: the server's settings as short lines for an ephemeral reply.
import type { GuildSettings } from '../../store/index.js';
import { escapeMetadata } from './highlight.js';

export interface SettingsView {
  readonly settings: GuildSettings;
  /** False when the database could not be read: the lines then say these are the defaults in use. */
  readonly fromDatabase: boolean;
}

function listChannels(ids: readonly string[]): string {
  return ids.map((id) => `<#${id}>`).join(', ');
}

export function formatSettings(view: SettingsView): string {
  const s = view.settings;
  const lines = [
    `Channels: ${s.allowedChannelIds.length === 0 ? 'every channel' : listChannels(s.allowedChannelIds)}`,
    `Replies: ${s.visibility === 'public' ? 'public' : 'private (only the asker sees them)'}`,
    `Results per answer: ${s.resultsPerAnswer}`,
    `Cooldown per member: ${s.cooldownSeconds === 0 ? 'off' : `${s.cooldownSeconds} s`} (moderators exempt)`,
    `Outlets: ${s.enabledOutlets === null ? 'all' : s.enabledOutlets.map(escapeMetadata).join(', ')}`,
    `Mentions answered: ${s.answerMentions ? 'yes' : 'no'}`,
    `Mod-log: ${s.modLogChannelId === null ? 'off' : `<#${s.modLogChannelId}>`}`,
    `Questions kept: ${s.retentionDays} days`,
  ];
  if (!view.fromDatabase)
    lines.push('The database is unavailable: these are the defaults in use, and changes cannot be saved right now.');
  return lines.join('\n');
}
