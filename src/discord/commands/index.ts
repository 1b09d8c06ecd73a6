// The one list of commands: the interaction router and `npm run deploy-commands` both read it.
import type { Command } from '../types.js';
import ask from './ask.js';
import compare from './compare.js';
import corpus from './corpus.js';
import feedback from './feedback.js';
import findSources from './find-sources.js';
import forgetMe from './forget-me.js';
import history from './history.js';
import quiz from './quiz.js';
import quote from './quote.js';
import readings from './readings.js';
import settings from './settings.js';
import sources from './sources.js';
import study from './study.js';

export const commands: readonly Command[] = [
  ask,
  compare,
  sources,
  quote,
  findSources,
  settings,
  history,
  feedback,
  forgetMe,
  quiz,
  study,
  corpus,
  readings,
];
