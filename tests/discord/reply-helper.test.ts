// Every message the bot sends goes through the reply helper (src/discord/to-reply.ts): whatever is passed
// to a discord.js send method (reply, editReply, update, followUp, edit, respond, send) must have the
// helper's type, whose `allowedMentions` parses nothing. Read with the type checker, not regexes, so a
// reply built elsewhere and passed by name is caught too; a made-up file shows the check can fail.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

const SEND_METHODS = new Set(['reply', 'editReply', 'update', 'followUp', 'edit', 'respond', 'send']);
const FIXTURE = join(REPO_ROOT, 'src/discord/__reply-fixture__.ts');
const FIXTURE_TEXT = `import type { AutocompleteInteraction, ButtonInteraction } from 'discord.js';
import { toReply } from './to-reply.js';
export async function raw(i: ButtonInteraction) { await i.reply({ content: 'not through the helper' }); }
export async function named(i: ButtonInteraction) { const r = { content: 'x' }; await i.followUp(r); }
export async function fine(i: ButtonInteraction) { await i.reply(toReply({ content: 'ok' })); }
export async function choices(i: AutocompleteInteraction) { await i.respond([{ name: 'a', value: 'a' }]); }
`;

function createProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(REPO_ROOT, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error('tsconfig.build.json could not be read');
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === FIXTURE ? ts.createSourceFile(name, FIXTURE_TEXT, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === FIXTURE || fileExists(name);
  return ts.createProgram({ rootNames: [...config.fileNames, FIXTURE], options, host });
}

interface SendCall {
  readonly file: string;
  readonly line: number;
  readonly method: string;
  readonly throughHelper: boolean;
}

function findSendCalls(program: ts.Program, file: ts.SourceFile): SendCall[] {
  const checker = program.getTypeChecker();
  const calls: SendCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const declared = checker.getSymbolAtLocation(node.expression.name)?.declarations?.[0]?.getSourceFile().fileName;
      const arg = node.arguments[0];
      if (SEND_METHODS.has(method) && declared?.includes('/discord.js/') && arg) {
        const mentions = checker.getTypeAtLocation(arg).getProperty('allowedMentions');
        const shape = mentions ? checker.typeToString(checker.getTypeOfSymbolAtLocation(mentions, arg)) : '';
        // Autocomplete answers are choices, not messages: they come from toChoices (limits) or are empty.
        const choices =
          method === 'respond' &&
          ((ts.isCallExpression(arg) && ts.isIdentifier(arg.expression) && arg.expression.text === 'toChoices') ||
            (ts.isArrayLiteralExpression(arg) && arg.elements.length === 0));
        calls.push({
          file: file.fileName.slice(REPO_ROOT.length),
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          method,
          throughHelper: choices || /parse: \[\]/.test(shape),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

describe('messages the bot sends', () => {
  const program = createProgram();
  const calls = program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(join(REPO_ROOT, 'src/')))
    .flatMap((f) => findSendCalls(program, f));
  const [fixture, product] = [
    calls.filter((c) => c.file.includes('__reply-fixture__')),
    calls.filter((c) => !c.file.includes('__reply-fixture__')),
  ];

  it('are found wherever discord.js sends, and a reply built by hand is caught', () => {
    expect(fixture.map((c) => [c.method, c.throughHelper])).toEqual([
      ['reply', false],
      ['followUp', false],
      ['reply', true],
      ['respond', false],
    ]);
    expect(product.length).toBeGreaterThan(25);
  });

  it('all go through the reply helper', () => {
    expect(product.filter((c) => !c.throughHelper)).toEqual([]);
  });
});
