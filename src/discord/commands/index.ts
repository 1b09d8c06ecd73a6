// The one list of commands: the interaction router and `npm run deploy-commands` both read it.
import type { Command } from '../types.js';
import ask from './ask.js';
import compare from './compare.js';
import findSources from './find-sources.js';
import quote from './quote.js';
import sources from './sources.js';

export const commands: readonly Command[] = [ask, compare, sources, quote, findSources];
