// The import graph of the product's sources, read from the TypeScript syntax tree (not regexes): static
// imports and re-exports (type-only ones marked), `import x = require()`, `import()`, and `require()`
// calls, including a `require` made with `createRequire`. An import whose target is not a string literal
// cannot be checked and is recorded as DYNAMIC, which every rule treats as a violation.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

export const DYNAMIC = '<non-literal import>';

export interface ImportEdge {
  /** Repo-relative path of the importing file, with forward slashes. */
  readonly from: string;
  /** A repo-relative `.ts` path for a relative import; else the package name as written. */
  readonly to: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** Every .ts file under `dir`, recursively, repo-relative. */
export function listTsFiles(root: string, dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listTsFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function resolveTarget(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const joined = normalize(join(dirname(from), specifier)).replaceAll('\\', '/');
  return joined.replace(/\.js$/, '.ts');
}

/** Names bound to `createRequire(...)` (or to `require` itself) in one file. */
function findRequireNames(source: ts.SourceFile): Set<string> {
  const names = new Set(['require']);
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === 'createRequire'
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function isTypeOnlyImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** The imports of one file, given its text. */
export function readImports(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const requireNames = findRequireNames(source);
  const edges: ImportEdge[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const to =
      specifier && (ts.isStringLiteral(specifier) || ts.isNoSubstitutionTemplateLiteral(specifier))
        ? resolveTarget(file, specifier.text)
        : DYNAMIC;
    edges.push({ from: file, to, typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      add(node, node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node, node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node, node.argument.literal as ts.Expression, true);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire =
        (ts.isIdentifier(callee) && requireNames.has(callee.text)) ||
        // createRequire(import.meta.url)('x'), or module.require('x')
        (ts.isCallExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'createRequire') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 'require');
      if (isDynamicImport || isRequire) add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

export function readImportGraph(root: string, dirs: readonly string[]): { files: string[]; edges: ImportEdge[] } {
  const files = dirs.flatMap((dir) => listTsFiles(root, dir));
  const edges = files.flatMap((file) => readImports(file, readFileSync(join(root, file), 'utf8')));
  return { files, edges };
}

export interface LayerRule {
  /** What a violation means, for the failure message. */
  readonly name: string;
  /** The files the rule is about. */
  readonly applies: (file: string) => boolean;
  /** Whether this import is forbidden to them. */
  readonly forbids: (edge: ImportEdge) => boolean;
}

export function findViolations(edges: readonly ImportEdge[], rules: readonly LayerRule[]): string[] {
  return rules.flatMap((rule) =>
    edges
      .filter((edge) => rule.applies(edge.from) && (edge.to === DYNAMIC || rule.forbids(edge)))
      .map((edge) => `${rule.name}: ${edge.from}:${edge.line} imports ${edge.to}`),
  );
}

export function toRepoPath(root: string, absolute: string): string {
  return relative(root, absolute).replaceAll('\\', '/');
}

/** Lines where a file reads the process (`process.env`, `process.argv`, …): the environment, not data. */
export function findProcessAccess(file: string, text: string): number[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process')
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}
