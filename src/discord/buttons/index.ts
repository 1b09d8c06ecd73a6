// The button registry, keyed by custom-id prefix (`prefix:args`). One line per button.
import type { ButtonHandler } from '../types.js';
import feedback from './feedback.js';
import moreResults from './more-results.js';
import quizGuess from './quiz-guess.js';
import readingDraft from './reading-draft.js';
import removeAnswer from './remove-answer.js';
import showContext from './show-context.js';

export const buttons: readonly ButtonHandler[] = [
  showContext,
  moreResults,
  feedback,
  removeAnswer,
  quizGuess,
  readingDraft,
];
