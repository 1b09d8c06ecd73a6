// Discord's documented limits, in one place: every builder, renderer and check reads them from here
// (discord.com/developers/docs/resources/message#embed-object-embed-limits, .../interactions/message-components).
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  choices: 25,
  choiceLength: 100,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  threadName: 100,
  attachments: 10,
} as const;
