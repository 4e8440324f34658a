/**
 * The ESLint rule that keeps src/core pure really fires: the same snippet linted as src/core/x.ts is rejected for
 * `vscode`, `node:fs`, bare `fs` and adapter imports, and accepted as src/extension/x.ts (vscode) — with the
 * repository's own eslint.config.mjs.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
interface LintMessage { ruleId: string | null; message: string; line: number; severity: number }
type ESLintClass = new (options: { cwd: string }) => {
  lintText(code: string, options: { filePath: string }): Promise<Array<{ messages: LintMessage[] }>>;
};
// Loaded at run time from node_modules (ESLint loads the flat config itself).
const { ESLint } = createRequire(path.join(root, 'package.json'))('eslint') as { ESLint: ESLintClass };

async function lintAs(relativePath: string, code: string): Promise<LintMessage[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativePath) });
  return result.messages;
}

const impure = [
  "import * as vscode from 'vscode';",
  "import { readFileSync } from 'node:fs';",
  "import * as fs from 'fs';",
  "import { registerLint } from '../extension/lint/index';",
  'export const x = [vscode, readFileSync, fs, registerLint];',
  '',
].join('\n');

test('importing vscode, node:fs, fs or an adapter from src/core is an error', async () => {
  const messages = await lintAs('src/core/x.ts', impure);
  const restricted = messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2);
  assert.deepEqual(restricted.map((m) => m.line), [1, 2, 3, 4], JSON.stringify(messages));
  assert.match(restricted[0].message, /src\/core is pure/);
});

test('the same imports in a nested core folder are errors too', async () => {
  const messages = await lintAs('src/core/lint/rules/y.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n");
  assert.deepEqual(messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line), [1]);
});

test('`any` is an error in src/core', async () => {
  const messages = await lintAs('src/core/z.ts', 'export function f(a: any): number { return a; }\n');
  assert.ok(messages.some((m) => m.ruleId === '@typescript-eslint/no-explicit-any' && m.severity === 2), JSON.stringify(messages));
});

test('src/extension may import vscode; src/cli may not', async () => {
  const code = "import * as vscode from 'vscode';\nexport const v = vscode;\n";
  assert.deepEqual((await lintAs('src/extension/x.ts', code)).filter((m) => m.ruleId === 'no-restricted-imports'), []);
  assert.deepEqual((await lintAs('src/cli/x.ts', code)).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line), [1]);
});
