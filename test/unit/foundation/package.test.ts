/**
 * The VSIX stays lean: the files `vsce` would pack (same function as `vsce ls`, honouring .vscodeignore) are the
 * built code, media, snippets, l10n, the manifest and the docs — never sources, tests, node_modules or maps.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
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
  // The extension runs dist/extension.js (with retext-equality apart, the webview script and the schemas); the CLI
  // bundles are for npx.
  assert.deepEqual(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js')), ['dist/extension.js', 'dist/retext-equality.js', 'dist/webview/dashboard.js']);
});
