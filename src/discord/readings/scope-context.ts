// Each interaction or message is answered from its server's corpus: the shared corpus plus that server's
// readings. The context handed to a command is scoped once when the event arrives, so every lookup
// during the event reads the same index (a reload or a new reading meanwhile takes effect on the next
// event), and autocomplete, /settings outlets and /quiz see that server's outlets.
import type { GuildCorpus } from '../../readings/guild-indexes.js';
import type { BotContext } from '../types.js';

export function scopeToGuild(context: BotContext, guildId: string | null): BotContext {
  let corpus: GuildCorpus | undefined;
  // Built on first use: most messages mention no one and never need an index.
  const read = (): GuildCorpus => {
    corpus ??= context.guildIndexes.indexFor(guildId);
    return corpus;
  };
  return {
    ...context,
    indexFor: (asked) => (asked === guildId ? read().index : context.indexFor(asked)),
    get outlets() {
      return read().outlets;
    },
  };
}
