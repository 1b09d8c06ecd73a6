import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The format of eval/dev-questions.json and eval/dev2-questions.json (their `about` fields explain it). */
const common = {
  id: z.string(),
  question: z.string(),
  category: z.string().optional(),
  /** Strings found only in page furniture: no result may hold one. */
  forbidden: z.array(z.string()).optional(),
};
const questionSchema = z.discriminatedUnion('expect', [
  z.object({
    ...common,
    expect: z.literal('answer'),
    outlet: z.string().optional(),
    evidence: z.array(z.string()).min(1),
  }),
  z.object({ ...common, expect: z.literal('no_answer') }),
  /** Either answer or refusal is fine; only `forbidden` is checked (dev2's furniture lures). */
  z.object({ ...common, expect: z.literal('any') }),
]);

export const questionSetSchema = z.object({ about: z.string().optional(), questions: z.array(questionSchema).min(1) });

export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestionSet(path: string): EvalQuestion[] {
  const parsed = questionSetSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data.questions;
}
