/**
 * The VSIX stays lean: the files `vsce` would pack (same function as `vsce ls`, honouring .vscodeignore) are the
 * built code, media, snippets, l10n, the manifest and the docs — never sources, tests, node_modules or maps.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
// Loaded at run time from node_modules (not bundled into the test).
const vsce = createRequire(__filename)('@vscode/vsce') as {
  listFiles(options: { cwd: string; packageManager: number }): Promise<string[]>;
  PackageManager: { None: number };
};

test('the packaged file list has no src/, test/, node_modules/ or source maps', async () => {
  const files = (await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None })).map((f) => f.split('\\').join('/')).sort();
  assert.ok(files.length > 0);
  const forbidden = files.filter((f) => /^(src|test|out|node_modules|scripts|bench|examples|\.ci|\.vscode-test|test-results)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
  assert.deepEqual(forbidden, []);
  const allowed = /^(dist\/|media\/|snippets\/|l10n\/|package\.json$|package\.nls(\.[\w-]+)?\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'only the allowed top-level entries');
  for (const needed of ['package.json', 'package.nls.json', 'LICENSE', 'CHANGELOG.md', 'media/icon.png', 'media/lectern.svg', 'snippets/markdown.json']) {
    assert.ok(files.includes(needed), `${needed} is packaged`);
  }
  // The extension runs dist/extension.js, the files it requires on first use (retext-equality and the lazy chunks,
  // scripts/build.mjs), the webview script and the schemas; the CLI bundles are for npx.
  const required = new Set<string>();
  const queue = ['extension.js'];
  while (queue.length > 0) {
    for (const m of fs.readFileSync(path.join(root, 'dist', queue.shift()!), 'utf8').matchAll(/require\(["']\.\/([\w-]+\.js)["']\)/g)) {
      if (!required.has(m[1]!)) queue.push(m[1]!);
      required.add(m[1]!);
    }
  }
  assert.ok(required.has('core.js') && required.has('retext-equality.js'), [...required].join(', '));
  assert.deepEqual(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js')),
    ['dist/extension.js', ...[...required].map((f) => `dist/${f}`), 'dist/webview/dashboard.js'].sort());
});
