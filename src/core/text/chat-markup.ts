// Discord markup and links in a chat message are not words of the question. "Find sources" on someone's
// message, or a mention with an emoji, brings them in: `<@123…>` mentions, `<#…>` channels, `<:pepe:123…>`
// custom emoji, `<t:…:R>` timestamps, `</ask:…>` command mentions and URLs. Left in, each one's digits and
// names are words the corpus never uses and weigh as much as its rarest name, so "<:pepe:1234> who is
// carter page? https://t.co/x" was refused. They are replaced by a space before anything is analysed;
// the answer still shows the question as typed.
const MARKUP = [
  /<@[!&]?\d+>/g, // user and role mentions
  /<#\d+>/g, // channel mentions
  /<a?:[\w~-]+:\d+>/g, // custom emoji
  /<t:-?\d+(?::[tTdDfFR])?>/g, // timestamps
  /<\/[\w -]+:\d+>/g, // slash-command mentions
  /\bhttps?:\/\/\S+/gi, // links
  /\bwww\.\S+/gi,
];

export function stripChatMarkup(text: string): string {
  return MARKUP.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
