import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The format of ../shared/eval/dev-questions.json (its `about` field explains it). */
const questionSchema = z.discriminatedUnion('expect', [
  z.object({
    id: z.string(),
    question: z.string(),
    expect: z.literal('answer'),
    outlet: z.string().optional(),
    evidence: z.array(z.string()).min(1),
  }),
  z.object({ id: z.string(), question: z.string(), expect: z.literal('no_answer') }),
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
